import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { registry } from './support/registry';
import { factRows, unregistered, useFor } from './support/unregistered';

// The unregistered pages are held to data/unofficial-codes.tsv as the registered ones are to the IANA copy.

test('every row of the fact sheet has its vendor entry, and every vendor entry its row', () => {
	for (const row of factRows) expect(useFor(row), `content/unregistered/${row.code}.mdx has no entry for "${row.vendor}"`).toBeDefined();
	const rowsPerPage = unregistered.map((page) => ({ code: page.code, vendors: page.uses.length, rows: factRows.filter((r) => useFor(r)?.page === page).length }));
	for (const { code, vendors, rows } of rowsPerPage) expect(rows, `content/unregistered/${code}.mdx: vendor entries without a row`).toBe(vendors);
	expect(unregistered.map((p) => p.code)).toEqual([...new Set(factRows.map((r) => r.code))]);
});

test.describe('each vendor entry agrees with its row', () => {
	for (const row of factRows) {
		test(`${row.code} from ${row.vendor} matches its row`, () => {
			const found = useFor(row);
			expect(found, 'entry').toBeDefined();
			const { use } = found!;
			const noPhrase = /^\(no phrase(?:; (.+))?\)$/.exec(row.phrase);
			expect(use.phrase, 'vendor phrase').toBe(noPhrase ? undefined : row.phrase);
			if (noPhrase?.[1]) expect(use.constant, 'name in the vendor’s code').toBe(noPhrase[1]);
			expect(use.quote, 'quote, verbatim').toBe(row.quote);
			expect(use.sources.map((s) => s.url), 'sources, the quoted one first').toEqual(row.sources);
			expect(Boolean(use.historical), 'historical').toBe(row.status === 'historical');
			// The fact sheet's "who sees it" says so where only a log, a configuration or a client library ever shows the number.
			const neverSent = /\blogs? only\b|\bnever\b|no HTTP response|see 400|configuration only/i.test(row.seenBy);
			expect(use.sentToClient, `sentToClient for "${row.seenBy}"`).toBe(!neverSent);
		});
	}
});

test('no unregistered page claims a registered number, except one marked as a vendor’s other use of it', () => {
	const registered = new Set(registry.map((r) => r.code));
	for (const page of unregistered) expect(page.alsoRegistered, `${page.code}: alsoRegistered`).toBe(registered.has(page.code));
	expect(unregistered.filter((p) => p.alsoRegistered).map((p) => p.code)).toEqual([451]);
});

test('the fact-sheet copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', 'data', 'README.md'), 'utf8');
	expect(readme).toMatch(/`unofficial-codes\.tsv` and `unofficial-codes\.md`[\s\S]*?Copied on\s+\d{4}-\d{2}-\d{2}/);
	const notes = readFileSync(join(import.meta.dirname, '..', 'data', 'unofficial-codes.md'), 'utf8');
	expect(notes).toContain(`There are ${factRows.length} rows across ${unregistered.length} distinct codes.`);
});
