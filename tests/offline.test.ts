// The offline copy (src/integrations/service-worker.ts): after one visit the whole site works with the network
// off, an address it has no copy of gets the not-found page saying so, and a new deploy waits for the reader's
// Reload. Each test has a context of its own, with service workers allowed (playwright.config.ts blocks them).
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoViolations } from './support/axe';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { guidePaths } from '../catalog/guide';
import { SITE_TITLE } from '../src/consts';
import { writeServiceWorker } from '../src/integrations/service-worker';
import { startStaticSite, type StaticSite } from './support/static-site';

test.use({ serviceWorkers: 'allow' });

const find = (code: number) => codes.find((c) => c.code === code)!;
/** The site's own directory under test, e.g. dist/ or dist-base/. */
const outDir = () => join(import.meta.dirname, '..', test.info().project.metadata.outDir as string);
/** The base path the project serves the site from. */
const basePath = (baseURL: string) => new URL(baseURL).pathname;

/** Waits until the service worker has cached the site and controls the page. */
async function untilControlled(page: Page): Promise<void> {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test(
	'after one visit, an unvisited code page, the search, the guide and the checker work offline, and a missing page says you are offline',
	{ tag: BASE_PATH_TAG },
	async ({ page, context }) => {
		await page.goto('');
		await untilControlled(page);
		await context.setOffline(true);

		await test.step('a code page never visited opens', async () => {
			await page.goto(find(418).path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(find(418).title);
		});
		await test.step('the search finds a code, its index read from the offline copy', async () => {
			await page.keyboard.press('/');
			await page.keyboard.type('timeout');
			await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: find(408).title })).toBeVisible();
		});
		await test.step('the search page, at its address with a query, lists every match', async () => {
			await page.goto('search/?q=timeout');
			await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: find(408).title })).toBeVisible();
		});
		await test.step('the guide goes on a question', async () => {
			const [first, second] = guidePaths.reduce((a, b) => (b.steps.length > a.steps.length ? b : a)).steps;
			await page.goto('guide/');
			await page.getByRole('link', { name: first!.choice.label, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.question.question);
		});
		await test.step('the checker checks a response', async () => {
			await page.goto('check/');
			await page.getByRole('textbox', { name: 'Response' }).fill('HTTP/1.1 405 Method Not Allowed\nContent-Type: text/plain\n\nNo.\n');
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('MUST');
		});
		await test.step('an address with no offline copy gets the not-found page, which says you are offline', async () => {
			await page.goto('no-such-page/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
			await expect(page.getByText('You are offline')).toBeVisible();
		});
		await test.step('back online, the not-found page no longer says so', async () => {
			await context.setOffline(false);
			await page.goto('no-such-page/');
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
			await expect(page.getByText('You are offline')).toBeHidden();
		});
	},
);

test('the offline page removes the offline copy and keeps it off, and can turn it back on', async ({ page }) => {
	await page.goto('offline/');
	await untilControlled(page);
	const status = page.getByRole('status').filter({ hasText: 'offline copy' });
	await page.reload();
	await expect(status).toHaveText('This browser keeps an offline copy of the reference.');

	await page.getByRole('button', { name: 'Remove the offline copy' }).click();
	await expect(status).toContainText('The offline copy is removed.');
	const kept = () =>
		page.evaluate(async () => ({ worker: Boolean(await navigator.serviceWorker.getRegistration()), caches: (await caches.keys()).length }));
	expect(await kept()).toEqual({ worker: false, caches: 0 });
	// The next visit keeps it off: the loader registers nothing once the page has loaded.
	await page.goto('');
	await page.waitForFunction(() => document.readyState === 'complete');
	expect(await kept()).toEqual({ worker: false, caches: 0 });

	await page.goto('offline/');
	await expect(status).toHaveText('This browser keeps no offline copy of the reference.');
	await page.getByRole('button', { name: 'Keep an offline copy' }).click();
	await untilControlled(page);
	await expect(status).toHaveText('This browser keeps an offline copy of the reference.');
});

/** A static server on this test's origin, serving the build under test, and a second build of it to deploy. */
const deploying = test.extend<object, { site: StaticSite & { next: string } }>({
	site: [
		// eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern; this one has none.
		async ({}, use, workerInfo) => {
			const dir = join(import.meta.dirname, '..', workerInfo.project.metadata.outDir as string);
			const base = basePath(workerInfo.project.use.baseURL!);
			// The next build: the same site with another title on the index, and its own service worker.
			const next = await mkdtemp(join(tmpdir(), 'http-status-next-'));
			await cp(dir, next, { recursive: true });
			const index = join(next, 'index.html');
			await writeFile(index, (await readFile(index, 'utf8')).replace(`<h1>${SITE_TITLE}</h1>`, `<h1>${SITE_TITLE}, next build</h1>`));
			await writeServiceWorker(next, base);
			const site = await startStaticSite(dir, base);
			await use({ ...site, next });
			await site.close();
			await rm(next, { recursive: true, force: true });
		},
		{ scope: 'worker' },
	],
	baseURL: async ({ site }, use) => use(site.url),
});

deploying(
	'a new deploy waits for the reader: a notice offers Reload, and only then does the new build show, whole',
	{ tag: BASE_PATH_TAG },
	async ({ page, site }) => {
		site.serve(outDir());
		await page.goto('');
		await untilControlled(page);
		site.serve(site.next);

		await page.reload();
		const notice = page.getByRole('status').filter({ hasText: 'A newer version of this reference is ready.' });
		// The worker registers three seconds after the page has loaded, then fetches the new build whole.
		await expect(notice).toBeVisible({ timeout: 30_000 });
		// The page shown is still the build the worker had: nothing changed under the reader.
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(SITE_TITLE);
		await test.step('the page with the notice has no accessibility violations in either color scheme', () => expectNoViolations(page));

		await notice.getByRole('button', { name: 'Reload' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${SITE_TITLE}, next build`);
		await expect(notice).toBeHidden();
		// The old build's entries are gone: one precache, holding one copy of the index, the new one.
		const index = new URL('index.html', site.url).href;
		const cached = await page.evaluate(async (index) => {
			const names = await caches.keys();
			const keys = (await Promise.all(names.map(async (name) => (await caches.open(name)).keys()))).flat();
			return { caches: names.length, indexes: keys.filter((r) => r.url.startsWith(`${index}?`)).length };
		}, index);
		expect(cached).toEqual({ caches: 1, indexes: 1 });
	},
);
