// The `test` every spec uses: Playwright's, plus guards that fail any test whose page logs an error,
// throws, or requests anything off the site's own origin.
import { test as base, expect } from '@playwright/test';

/** Chromium logs the main document's own 404 as a console error; pages that answer 404 on purpose do that. */
const DOCUMENT_404 = /^Failed to load resource: the server responded with a status of 404/;
/** Chromium logs each request that fails on the network as a console error; a test that blocks files causes those. */
const FAILED_LOAD = /^Failed to load resource: net::ERR_FAILED$/;

export const test = base.extend<{ guards: void; blocked: Set<string>; blockRequests: (url: string) => Promise<void> }>({
	/** URLs the test blocked on purpose: their failed loads are the test's doing, not the page's. */
	blocked: async ({}, use) => use(new Set()),
	/** Makes every request to URLs matching the glob fail as on a dead network, as `page.route` globs match. */
	blockRequests: async ({ page, blocked }, use) =>
		use((url) =>
			page.route(url, (route) => {
				blocked.add(route.request().url());
				return route.abort();
			}),
		),
	guards: [
		async ({ page, baseURL, blocked }, use) => {
			const origin = new URL(baseURL!).origin;
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
			await use();
			expect(problems, problems.join('\n')).toEqual([]);
		},
		{ auto: true },
	],
});

export { expect };
