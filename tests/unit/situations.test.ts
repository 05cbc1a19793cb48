// The situations lists and the partial ranking, checked without a build or a browser: each code says when
// to send it, the relevance set is not a copy of those lists, and the ranking orders pages by the words
// they hold.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { forgivingSearch, queryWords, rankPartial, type Hit } from '../../src/scripts/search/partial.ts';
import { classes, codes } from '../../catalog/content.ts';
import { readRelevanceSet, relevanceSet } from '../../catalog/relevance.ts';

/** The frontmatter fields this feature adds. */
const hits = (...pages: [string, number][]): Hit[] => pages.map(([id, score]) => ({ id, score }));

describe('the situations lists', () => {
	test('every code says when to send it, in at least two situations', () => {
		const thin = codes.filter((c) => c.data.situations.length < 2).map((c) => c.code);
		assert.deepEqual(thin, []);
	});

	// Short queries are the names of things ("captive portal"), which a situation may well use; a longer one
	// found whole in a situation would prove nothing about the search.
	test('no situation repeats a query of the relevance set word for word', () => {
		const normal = (s: string) =>
			s
				.toLowerCase()
				.replace(/[^\p{L}\p{N}]+/gu, ' ')
				.trim();
		const copies = (situation: string, query: string) =>
			normal(situation) === normal(query) || (normal(query).split(' ').length >= 4 && normal(situation).includes(normal(query)));
		const copied = codes.flatMap((c) =>
			c.data.situations.flatMap((s) => relevanceSet.filter((q) => copies(s, q.query)).map((q) => `${c.code}: "${s}" holds "${q.query}"`)),
		);
		assert.deepEqual(copied, []);
	});
});

describe('the relevance set', () => {
	test('holds at least 80 queries, each naming codes and comparisons that have pages, across every class', () => {
		assert.ok(relevanceSet.length >= 80, `${relevanceSet.length} queries`);
		const known = new Set(codes.map((c) => c.code));
		assert.deepEqual(
			relevanceSet.flatMap((q) => q.codes.filter((c) => !known.has(c)).map((c) => `line ${q.line}: ${c}`)),
			[],
		);
		const comparisons = new Set(readdirSync('content/compare').map((f) => `compare/${f.replace(/\.mdx$/, '')}`));
		assert.deepEqual(
			relevanceSet.flatMap((q) => q.pages.filter((p) => !comparisons.has(p)).map((p) => `line ${q.line}: ${p}`)),
			[],
		);
		const covered = new Set(relevanceSet.flatMap((q) => q.codes.map((c) => `${String(c)[0]}xx`)));
		assert.deepEqual(
			[...covered].sort(),
			classes.map((c) => c.id),
		);
	});

	test('a malformed line is refused, naming the line', async () => {
		const { mkdtempSync, writeFileSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { tmpdir } = await import('node:os');
		const file = join(mkdtempSync(join(tmpdir(), 'relevance-')), 'set.tsv');
		writeFileSync(file, 'query\tcodes\tfrom\nupload too big\t413\tissue\nno codes here\tfour\tissue\n');
		assert.throws(() => readRelevanceSet(file), /set\.tsv:3: expected/);
	});
});

describe('the partial ranking', () => {
	test('a page that holds more of the rare words ranks first', () => {
		const ranked = rankPartial([hits(['a', 1], ['b', 1]), hits(['a', 1]), hits(['a', 1], ['b', 1], ['c', 1], ['d', 1])], 4);
		assert.deepEqual(
			ranked.map((h) => h.id),
			['a', 'b', 'c', 'd'],
		);
	});

	test('a word on every page counts for less than a rare word', () => {
		const everywhere = hits(['common', 5], ['rare', 5], ['x', 5], ['y', 5]);
		assert.equal(rankPartial([everywhere, everywhere, hits(['rare', 1])], 4)[0]?.id, 'rare');
	});

	test('within one word, the page Pagefind scores higher ranks first', () => {
		assert.equal(rankPartial([hits(['passing', 1], ['situation', 9])], 10)[0]?.id, 'situation');
	});

	test('query words are split on punctuation, lower-cased and counted once', () => {
		assert.deepEqual(queryWords("Content type 'text/plain;charset=UTF-8' not supported, not"), [
			'content',
			'type',
			'text',
			'plain',
			'charset',
			'utf-8',
			'not',
			'supported',
		]);
	});

	test('full matches come first, and partial ones follow only when the full ones are few', async () => {
		const index: Record<string, Hit[]> = { upload: hits(['413', 3], ['104', 2]), big: hits(['413', 2], ['431', 2]), wifi: [] };
		// Like Pagefind: pages holding every word; null lists every page.
		const fake = async (term: string | null) => {
			if (term === null) return { results: hits(['104', 1], ['413', 1], ['431', 1], ['511', 1]) };
			const sets = term.split(' ').map((w) => index[w] ?? []);
			return { results: sets.reduce((acc, s) => acc.filter((h) => s.some((x) => x.id === h.id))) };
		};
		const none = await forgivingSearch(fake, 'upload big wifi');
		assert.equal(none?.partial, 3);
		assert.deepEqual(
			none?.results.map((h) => h.id),
			['413', '431', '104'],
		);
		const one = await forgivingSearch(fake, 'upload big');
		assert.equal(one?.partial, 2);
		assert.deepEqual(
			one?.results.map((h) => h.id),
			['413', '431', '104'],
		);
		assert.equal((await forgivingSearch(fake, 'upload'))?.partial, 0);
		assert.deepEqual(await forgivingSearch(fake, 'xyzzy plugh'), { results: [], partial: 0 });
	});
});
