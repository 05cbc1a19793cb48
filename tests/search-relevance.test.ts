import { budgetFor, expect, test } from './support/fixtures';
import { keyOfResult, relevanceSet, rightAt, type ResultKey } from '../catalog/relevance';
import { optionLinks, search } from './support/search';

/** Results the relevance set looks at. */
const TOP = 3;
/** Share of queries that must have a right code in the first three. */
const REQUIRED = 0.95;

// Every query of tests/search-relevance.tsv goes through the real search, one step each, typed into the header
// of one page as a user types one query after another. The guide's questions among the results are read, and
// take no position: they are not codes (catalog/relevance.ts). A query that answers nothing fails its step; the test
// fails when fewer than 95% of the queries have a right code among the first three results.
test(`every query of the relevance set answers something, and at least ${REQUIRED * 100}% have a right code among the first ${TOP} codes listed`, async ({
	readingPage: page,
}) => {
	test.setTimeout(budgetFor(relevanceSet.length, 500));
	await page.goto('./');
	const positions = new Map<string, { at: number; shown: ResultKey[] }>();
	for (const q of relevanceSet) {
		await test.step(`"${q.query}" (line ${q.line}, wants ${[...q.pages, ...q.codes].join(' or ')})`, async () => {
			// The first query loads the search; a partial answer runs one search per word.
			const results = await search(page, q.query, { timeout: 15_000 });
			const shown = (await optionLinks(results)).map(([text, href]) => keyOfResult(text, href));
			positions.set(q.query, { at: rightAt(q, shown), shown });
			expect.soft(shown.length, `"${q.query}" answered nothing`).toBeGreaterThan(0);
		});
	}
	const misses = relevanceSet.filter((q) => {
		const at = positions.get(q.query)!.at;
		return at < 1 || at > TOP;
	});
	const share = 1 - misses.length / relevanceSet.length;
	const report = misses
		.map(
			(q) =>
				`"${q.query}" wants ${[...q.pages, ...q.codes].join('/')}, got ${positions
					.get(q.query)!
					.shown.filter((c) => c !== null && !Number.isNaN(c))
					.slice(0, TOP)
					.join(', ')}`,
		)
		.join('\n');
	expect(share, `${(share * 100).toFixed(1)}% in the first ${TOP}; misses:\n${report}`).toBeGreaterThanOrEqual(REQUIRED);
});
