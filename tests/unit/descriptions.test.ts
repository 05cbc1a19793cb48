// The code pages' descriptions, checked from content/: the site's own words, long enough to answer the
// reader, and plone.restapi's glossary kept apart in `plone.glossary`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { codes, plain } from '../../catalog/content.ts';
import { doubledWord, proseWords } from '../support/words.ts';

/** plone.restapi's glossary sentence for a code, or undefined when it has none. */
const glossaryOf = (data: Record<string, unknown>) =>
	((data.plone as { glossary?: unknown } | undefined)?.glossary || undefined) as string | undefined;

// The floors, in words of the site's own description (the glossary quotation does not count), so depth cannot
// quietly shrink:
// - every code: 100, and never fewer words than MDN's page for it (data/mdn-prose-words.tsv, counted the same
//   way on 2026-12-03): a reader who lands here from a search learns at least what MDN would have told them.
// - the ten glossary codes: 300. They are the codes people look up most.
// - the twenty codes readers land on next (issue #24): 300, and the three headings the glossary codes have.
const FLOOR = 100;
const DEEP_FLOOR = 300;
const DEEP = new Set([100, 103, 202, 206, 301, 302, 303, 304, 307, 308, 410, 412, 413, 415, 422, 429, 501, 502, 503, 504]);
const HEADINGS = ['## When to send it', '## What clients and caches do', '## The response body'];

/** MDN's prose words per code, from data/mdn-prose-words.tsv (comment lines start with "#"). */
const mdnWords = new Map(
	readFileSync(join(import.meta.dirname, '..', '..', 'data', 'mdn-prose-words.tsv'), 'utf8')
		.split('\n')
		.filter((line) => /^\d{3}\t/.test(line))
		.map((line) => {
			const [code, words] = line.split('\t');
			return [Number(code), Number(words)] as const;
		}),
);

test("the ten codes of plone.restapi's glossary are the ones that carry its sentence", () => {
	assert.deepEqual(
		codes.filter((c) => glossaryOf(c.data)).map((c) => c.code),
		[200, 201, 204, 400, 401, 403, 404, 405, 409, 500],
	);
});

test('the MDN word counts cover every registered code MDN has a page for, and name no code we lack', () => {
	const ours = new Set(codes.map((c) => c.code));
	assert.ok(mdnWords.size >= 61, `${mdnWords.size} rows`);
	assert.deepEqual(
		[...mdnWords.keys()].filter((code) => !ours.has(code)),
		[],
	);
});

for (const code of codes) {
	const quote = glossaryOf(code.data);
	const mdn = mdnWords.get(code.code) ?? 0;
	const floor = Math.max(quote || DEEP.has(code.code) ? DEEP_FLOOR : FLOOR, mdn);
	const why = mdn >= floor ? ` (MDN's page has ${mdn})` : '';
	test(`the ${code.title} description is in the site's own words and at least ${floor} words long${why}`, () => {
		if (quote)
			assert.ok(!plain(code.body).includes(plain(quote)), 'the body repeats the glossary sentence; it belongs in plone.glossary only');
		const words = proseWords(code.body).length;
		assert.ok(words >= floor, `${words} words, fewer than ${floor}`);
		if (DEEP.has(code.code)) for (const heading of HEADINGS) assert.ok(code.body.includes(heading), `no "${heading}" section`);
	});
}

test('prose words leave out link targets and Markdown marks', () => {
	assert.deepEqual(
		proseWords('See [RFC 9110 section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5), `Allow` and **this**.'),
		['See', 'RFC', '9110', 'section', '15.5.5', 'Allow', 'and', 'this'],
	);
});

test('the doubled-word check finds "the the" and passes ordinary prose and block breaks', () => {
	assert.equal(doubledWord('Send it to the the server.'), 'the the');
	assert.equal(doubledWord('That is The the end.'), 'The the');
	assert.equal(doubledWord('Send 404 when nothing answers, then the 410.'), undefined);
	assert.equal(doubledWord('Related codes\nCodes people confuse'), undefined);
	assert.equal(doubledWord('Method of the next request\tKept\tKept'), undefined);
});
