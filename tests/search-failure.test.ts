// When the search's files cannot be fetched (offline, a proxy blocking a path, a deploy that lost them),
// the search says so, offers the index and a retry, and nothing is thrown uncaught (the fixtures' guards
// fail any test whose page throws or logs an error other than the blocked loads themselves).
import type { Locator, Page } from '@playwright/test';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { searchField } from './support/search';

const find = (code: number) => codes.find((c) => c.code === code)!;
const page404 = find(404).path;

/** Blocks the files matching `glob`, types a query into a code page's header search, and returns its note once it says search could not load. */
async function searchWithout(page: Page, blockRequests: (url: string) => Promise<void>, glob: string): Promise<Locator> {
	await blockRequests(glob);
	await page.goto(page404);
	await page.keyboard.press('/');
	await page.keyboard.type('conflict');
	const note = page.getByRole('status').filter({ hasText: 'Search could not load.' });
	await expect(note).toBeVisible();
	return note;
}

test(
	'with the index blocked, the header search says it could not load, offers the index, and its retry works once the index is back',
	{ tag: BASE_PATH_TAG },
	async ({ page, blockRequests }) => {
		const note = await searchWithout(page, blockRequests, '**/pagefind/**');
		await expect(note.getByRole('link', { name: 'the index' })).toBeVisible();
		await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');

		await page.unroute('**/pagefind/**');
		const retry = note.getByRole('button', { name: 'try again' });
		for (let i = 0; i < 6 && !(await retry.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
		await expect(retry).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: find(409).title })).toBeVisible();
		await expect(searchField(page)).toBeFocused();
		await expect(note).toBeHidden();
	},
);

test('with the index blocked, the search page says the same in its body', { tag: BASE_PATH_TAG }, async ({ page, blockRequests }) => {
	await blockRequests('**/pagefind/**');
	await page.goto('search/?q=conflict');
	const note = page.getByRole('main').getByRole('status').filter({ hasText: 'Search could not load.' });
	await expect(note).toBeVisible();
	await expect(note.getByRole('link', { name: 'the index' })).toBeVisible();
	await expect(note.getByRole('button', { name: 'try again' })).toBeVisible();
	await expect(page.getByRole('list', { name: 'Search results' })).toHaveCount(0);
	await page.getByRole('link', { name: 'the index' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Status Codes');
});

test(
	'with the search UI itself blocked, the field says search could not load, and "try again" reloads on the search page',
	{ tag: BASE_PATH_TAG },
	async ({ page, blockRequests }) => {
		const note = await searchWithout(page, blockRequests, '**/_astro/search-ui*');
		await note.getByRole('button', { name: 'try again' }).press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=conflict$/);
		await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
	},
);

test('on a slow network the search says it is loading, then shows the results', { tag: BASE_PATH_TAG }, async ({ page }) => {
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/pagefind/**', async (route) => {
		await held;
		await route.fallback();
	});
	await page.goto(page404);
	await page.keyboard.press('/');
	await page.keyboard.type('conflict');
	const loading = page.getByRole('status').filter({ hasText: 'Loading search…' });
	await expect(loading).toBeVisible();
	release();
	await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: find(409).title })).toBeVisible();
	await expect(loading).toBeHidden();
});

test('with the index lost after search has loaded (offline, no offline copy), a query says search could not load, never that no code matches', async ({
	page,
	blockRequests,
}) => {
	await page.goto(page404);
	await page.keyboard.press('/');
	await page.keyboard.type('conflict');
	await expect(page.getByRole('listbox', { name: 'Search results' }).getByRole('option', { name: find(409).title })).toBeVisible();
	await blockRequests('**/pagefind/**');
	await searchField(page).fill('timeout');
	await expect(page.getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'No codes match' })).toHaveCount(0);
});
