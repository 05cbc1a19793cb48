// Search relevance in Chromium: every query of tests/search-relevance.tsv typed into the header's search on
// one page, as a user would, and scored by where the first right code lands among the results.
import type { Browser } from '@playwright/test';
import { keyOfResult, relevanceSet, rightAt, type RelevanceQuery, type ResultKey } from '../catalog/relevance.ts';

/** One query's outcome: the codes shown, in order, and where the first right one is (0: not shown). */
export interface QueryOutcome {
	query: string;
	expected: (number | string)[];
	shown: ResultKey[];
	at: number;
}

export interface Relevance {
	queries: number;
	/** Share of queries whose first result is a right code. */
	first: number;
	/** Share with a right code among the first three results. */
	firstThree: number;
	/** Queries that answered with no result at all. */
	empty: string[];
	outcomes: QueryOutcome[];
}

/** Runs one query in the header's search and returns the results' keys (codes, comparison pages), in order. */
async function codesFor(page: import('@playwright/test').Page, q: RelevanceQuery): Promise<ResultKey[]> {
	// By its label: a search box until the search UI loads, a combobox after.
	const box = page.getByLabel('Search status codes');
	await box.fill(q.query);
	// The status line quotes the query once its results (or its empty answer) are in the list.
	await page
		.getByRole('status')
		.filter({ hasText: `“${q.query}”` })
		.waitFor();
	const links = await page
		.getByRole('listbox', { name: 'Search results' })
		.getByRole('option')
		.evaluateAll((options) => options.map((o) => [(o as HTMLElement).innerText, o.getAttribute('href') ?? ''] as const));
	return links.map(([text, href]) => keyOfResult(text, href));
}

/** Measures the whole relevance set on the page at `base + path`. */
export async function measureRelevance(browser: Browser, base: string, path: string, queries = relevanceSet): Promise<Relevance> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(base + path, { waitUntil: 'load' });
		await page.getByLabel('Search status codes').click();
		const outcomes: QueryOutcome[] = [];
		for (const q of queries) {
			const shown = await codesFor(page, q);
			outcomes.push({ query: q.query, expected: [...q.codes, ...q.pages], shown, at: rightAt(q, shown) });
		}
		const share = (ok: (o: QueryOutcome) => boolean) => outcomes.filter(ok).length / outcomes.length;
		return {
			queries: outcomes.length,
			first: share((o) => o.at === 1),
			firstThree: share((o) => o.at >= 1 && o.at <= 3),
			empty: outcomes.filter((o) => o.shown.length === 0).map((o) => o.query),
			outcomes,
		};
	} finally {
		await context.close();
	}
}
