// The unregistered pages against their outside authority, data/unofficial-codes.tsv, as the registered ones
// are held to the IANA registry copy.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { registry } from '../../catalog/registry.ts';
import { factRows, unregistered, useFor } from '../../catalog/unregistered.ts';

test('every row of the fact sheet has its vendor entry, and every vendor entry its row', () => {
	for (const row of factRows) assert.ok(useFor(row), `content/unregistered/${row.code}.mdx has no entry for "${row.vendor}"`);
	for (const page of unregistered) {
		const rows = factRows.filter((r) => useFor(r)?.page === page).length;
		assert.equal(rows, page.uses.length, `content/unregistered/${page.code}.mdx: vendor entries without a row`);
	}
	assert.deepEqual(
		unregistered.map((p) => p.code),
		[...new Set(factRows.map((r) => r.code))],
	);
});

describe('each vendor entry agrees with its row', () => {
	for (const row of factRows) {
		test(`${row.code} from ${row.vendor} matches its row`, () => {
			const found = useFor(row);
			assert.ok(found, 'entry');
			const { use } = found;
			const noPhrase = /^\(no phrase(?:; (.+))?\)$/.exec(row.phrase);
			assert.equal(use.phrase, noPhrase ? undefined : row.phrase, 'vendor phrase');
			if (noPhrase?.[1]) assert.equal(use.constant, noPhrase[1], 'name in the vendor’s code');
			assert.equal(use.quote, row.quote, 'quote, verbatim');
			assert.deepEqual(
				use.sources.map((s) => s.url),
				row.sources,
				'sources, the quoted one first',
			);
			assert.equal(Boolean(use.historical), row.status === 'historical', 'historical');
			// The fact sheet's "who sees it" says so where only a log, a configuration or a client library ever shows the number.
			const neverSent = /\blogs? only\b|\bnever\b|no HTTP response|see 400|configuration only/i.test(row.seenBy);
			assert.equal(use.sentToClient, !neverSent, `sentToClient for "${row.seenBy}"`);
		});
	}
});

test('no unregistered page claims a registered number, except one marked as a vendor’s other use of it', () => {
	const registered = new Set(registry.map((r) => r.code));
	for (const page of unregistered) assert.equal(page.alsoRegistered, registered.has(page.code), `${page.code}: alsoRegistered`);
	assert.deepEqual(
		unregistered.filter((p) => p.alsoRegistered).map((p) => p.code),
		[451],
	);
});

test('the fact-sheet copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');
	assert.match(readme, /`unofficial-codes\.tsv` and `unofficial-codes\.md`[\s\S]*?Copied on\s+\d{4}-\d{2}-\d{2}/);
	const notes = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'unofficial-codes.md'), 'utf8');
	assert.ok(
		notes.includes(`There are ${factRows.length} rows across ${unregistered.length} distinct codes.`),
		'the notes count the rows and codes of the copy',
	);
});
