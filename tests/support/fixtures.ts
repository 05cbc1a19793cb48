// The `test` every browser spec uses: Playwright's, with pages that fail their test when the page logs an
// error, throws, or requests anything off the site's own origin. Tests that only make HTTP requests never
// ask for a page, so no browser page is opened for them.
import { test as base, expect, type Browser, type Page, type ViewportSize, type WorkerInfo } from '@playwright/test';

/** Chromium logs the main document's own 404 as a console error; pages that answer 404 on purpose do that. */
const DOCUMENT_404 = /^Failed to load resource: the server responded with a status of 404/;
/** Chromium logs each request that fails on the network as a console error; a test that blocks files causes those. */
const FAILED_LOAD = /^Failed to load resource: net::ERR_FAILED$/;
/** Pagefind logs each index file it could not fetch, by path; a test that blocks its files causes those. */
const PAGEFIND_FAILED = /^Failed to load the index chunk (\S+):/;

/** Watches a page for errors and off-origin requests; returns the problems seen so far. `blocked`: URLs the test failed on purpose. */
function guard(page: Page, origin: string, blocked: ReadonlySet<string>): string[] {
	const problems: string[] = [];
	const notFoundDocuments = new Set<string>();
	page.on('response', (response) => {
		if (response.request().isNavigationRequest() && response.status() === 404) notFoundDocuments.add(response.url());
	});
	page.on('console', (message) => {
		if (message.type() !== 'error') return;
		if (DOCUMENT_404.test(message.text()) && notFoundDocuments.has(message.location().url)) return;
		if (FAILED_LOAD.test(message.text()) && blocked.has(message.location().url)) return;
		const chunk = PAGEFIND_FAILED.exec(message.text())?.[1];
		if (chunk && [...blocked].some((url) => new URL(url).pathname === chunk)) return;
		problems.push(`console error on ${page.url()}: ${message.text()}`);
	});
	page.on('pageerror', (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
	// Watched, not routed: routing would turn off the page's HTTP cache and hold up every request; an off-origin
	// request fails the test all the same.
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (/^(https?|wss?):$/.test(url.protocol) && url.origin !== origin)
			problems.push(`request off the site's origin from ${page.url()}: ${url.href}`);
	});
	return problems;
}

/** A page kept open for all of a worker's tests, with the problems its guard has seen (emptied per test). */
interface SharedPage {
	page: Page;
	problems: string[];
}

/** Playwright's default viewport, which each test on a shared page starts from. */
const VIEWPORT = { width: 1280, height: 720 };

/** Opens a page in a context of its own for a worker's tests, guarded like every page. */
async function openShared(browser: Browser, baseURL: string, javaScriptEnabled: boolean): Promise<SharedPage> {
	// No service worker, as in playwright.config.ts: it would serve later tests from its cache.
	const context = await browser.newContext({ baseURL, javaScriptEnabled, viewport: VIEWPORT, serviceWorkers: 'block' });
	const page = await context.newPage();
	return { page, problems: guard(page, new URL(baseURL).origin, new Set()) };
}

/** Hands a shared page to one test: the viewport and media back to their defaults, and its own problem list. */
async function lend(shared: SharedPage, use: (page: Page) => Promise<void>): Promise<void> {
	shared.problems.length = 0;
	await shared.page.setViewportSize(VIEWPORT);
	await shared.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
	await use(shared.page);
	expect(shared.problems, shared.problems.join('\n')).toEqual([]);
}

/** Stops a test whose `test.use` options a shared page would silently ignore. */
function refuseOptions(options: { viewport: ViewportSize | null; colorScheme: string | null; javaScriptEnabled?: boolean }): void {
	const { viewport, colorScheme, javaScriptEnabled } = options;
	if (viewport?.width !== VIEWPORT.width || viewport.height !== VIEWPORT.height || colorScheme !== 'light' || javaScriptEnabled === false)
		throw new Error('A shared page ignores test.use() options: call page.setViewportSize() or page.emulateMedia(), or take `page`.');
}

interface TestFixtures {
	blocked: Set<string>;
	blockRequests: (url: string) => Promise<void>;
	/**
	 * A page for tests that open addresses, read, click, type, resize or switch the color scheme: one page per
	 * worker, so such a test costs a page load, not a new browser context. It ignores `test.use` options (it
	 * says so); a test that needs other context options, permissions or blocked requests takes its own `page`.
	 */
	readingPage: Page;
	/** The same, with JavaScript off. */
	noScriptPage: Page;
}

interface WorkerFixtures {
	sharedReadingPage: SharedPage;
	sharedNoScriptPage: SharedPage;
}

const baseUrlOf = (workerInfo: WorkerInfo) => workerInfo.project.use.baseURL!;

export const test = base.extend<TestFixtures, WorkerFixtures>({
	sharedReadingPage: [
		async ({ browser }, use, workerInfo) => use(await openShared(browser, baseUrlOf(workerInfo), true)),
		{ scope: 'worker' },
	],
	sharedNoScriptPage: [
		async ({ browser }, use, workerInfo) => use(await openShared(browser, baseUrlOf(workerInfo), false)),
		{ scope: 'worker' },
	],
	readingPage: async ({ sharedReadingPage, viewport, colorScheme, javaScriptEnabled }, use) => {
		refuseOptions({ viewport, colorScheme, javaScriptEnabled });
		await lend(sharedReadingPage, use);
	},
	noScriptPage: async ({ sharedNoScriptPage, viewport, colorScheme }, use) => {
		refuseOptions({ viewport, colorScheme });
		await lend(sharedNoScriptPage, use);
	},
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
		const problems = guard(page, new URL(baseURL!).origin, blocked);
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
