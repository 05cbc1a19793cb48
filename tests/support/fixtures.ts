// The `test` every browser spec uses: Playwright's, with a `page` that fails its test when the page logs an
// error, throws, or requests anything off the site's own origin. Tests that only make HTTP requests never
// ask for a page, so no browser page is opened for them.
import { test as base, expect, type Page } from '@playwright/test';

/** Chromium logs the main document's own 404 as a console error; pages that answer 404 on purpose do that. */
const DOCUMENT_404 = /^Failed to load resource: the server responded with a status of 404/;
/** Chromium logs each request that fails on the network as a console error; a test that blocks files causes those. */
const FAILED_LOAD = /^Failed to load resource: net::ERR_FAILED$/;

/** Watches a page for errors and off-origin requests; returns the problems seen so far. `blocked`: URLs the test failed on purpose. */
async function guard(page: Page, origin: string, blocked: ReadonlySet<string>): Promise<string[]> {
	const problems: string[] = [];
	const notFoundDocuments = new Set<string>();
	page.on('response', (response) => {
		if (response.request().isNavigationRequest() && response.status() === 404) notFoundDocuments.add(response.url());
	});
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (DOCUMENT_404.test(message.text()) && notFoundDocuments.has(message.location().url)) return;
		if (FAILED_LOAD.test(message.text()) && blocked.has(message.location().url)) return;
		problems.push(`console error on ${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
	await page.route('**/*', (route) => {
		const url = route.request().url();
		if (new URL(url).origin === origin) return route.continue();
		problems.push(`request off the site's origin from ${page.url()}: ${url}`);
		return route.abort();
	});
	return problems;
}

export const test = base.extend<{ blocked: Set<string>; blockRequests: (url: string) => Promise<void> }>({
	/** URLs the test blocked on purpose: their failed loads are the test's doing, not the page's. */
	// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
	blocked: async ({}, use) => use(new Set()),
	/** Makes every request to URLs matching the glob fail as on a dead network (globs as `page.route` takes them). */
	blockRequests: async ({ page, blocked }, use) =>
		use(async (url) => {
			await page.route(url, (route) => {
				blocked.add(route.request().url());
				return route.abort();
			});
		}),
	page: async ({ page, baseURL, blocked }, use) => {
		const problems = await guard(page, new URL(baseURL!).origin, blocked);
		await use(page);
		expect(problems, problems.join('\n')).toEqual([]);
	},
});

/** A time budget for a test that visits `count` items: a base plus a share per item, so it grows with the content. */
export function budgetFor(count: number, perItemMs = 1_000): number {
	return 30_000 + count * perItemMs;
}

export { expect };
export { BASE_PATH_TAG } from './tags.ts';
