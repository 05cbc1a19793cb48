import { expect, test } from './support/fixtures';
import { codeOfResult, relevanceSet, rightAt } from './support/relevance';
import { optionNames, search } from './support/search';

// Every query of tests/search-relevance.tsv goes through the real search, one test each, as a user types
// it in the header. Each test fails when its query answers nothing; the last one fails when fewer than 95%
// of the queries have a right code among the first three results. Serial, so that last test sees them all.
test.describe.configure({ mode: 'serial' });

/** Results the relevance set looks at. */
const TOP = 3;
/** Share of queries that must have a right code in the first three. */
const REQUIRED = 0.95;

const positions = new Map<string, { at: number; shown: number[] }>();

for (const q of relevanceSet) {
	test(`searching "${q.query}" answers something (line ${q.line}, wants ${q.codes.join(' or ')})`, async ({ page }) => {
		await page.goto('./');
		// The first query of a page loads the search; a partial answer runs one search per word.
		const results = await search(page, q.query, { timeout: 15_000 });
		const shown = (await optionNames(results)).map(codeOfResult);
		positions.set(q.query, { at: rightAt(q, shown), shown });
		expect(shown.length, `"${q.query}" answered nothing`).toBeGreaterThan(0);
	});
}

test(`at least ${REQUIRED * 100}% of the relevance set has a right code in the first ${TOP} results`, () => {
	expect(positions.size, 'every query ran').toBe(relevanceSet.length);
	const misses = relevanceSet.filter((q) => {
		const at = positions.get(q.query)?.at ?? 0;
		return at < 1 || at > TOP;
	});
	const share = 1 - misses.length / relevanceSet.length;
	const report = misses
		.map((q) => `"${q.query}" wants ${q.codes.join('/')}, got ${positions.get(q.query)?.shown.slice(0, TOP).join(', ')}`)
		.join('\n');
	expect(share, `${(share * 100).toFixed(1)}% in the first ${TOP}; misses:\n${report}`).toBeGreaterThanOrEqual(REQUIRED);
});
