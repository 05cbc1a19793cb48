// The search page lists its results in its own body, code queries match numbers exactly, and without
// JavaScript the page offers nothing that needs a script.
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { optionNames, search } from './support/search';

const find = (code: number) => codes.find((c) => c.code === code)!;

test(
	'the search page lists its results in the page body, where a click elsewhere leaves them',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto('search/?q=conflict');
		const results = page.getByRole('main').getByRole('list', { name: 'Search results' });
		const hit = results.getByRole('link', { name: find(409).title });
		await expect(hit).toBeVisible();
		await page.getByRole('heading', { level: 1 }).click();
		await page.getByRole('link', { name: 'HTTP Status Codes' }).hover();
		await page.mouse.down();
		await page.getByRole('heading', { level: 1 }).hover();
		await page.mouse.up();
		await expect(hit).toBeVisible();
		// The header's own popup is for the other pages: here the field drives the list in the body.
		await expect(page.getByRole('listbox')).toHaveCount(0);
	},
);

test('typing on the search page updates its list and its address', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('search/?q=conflict');
	const results = page.getByRole('main').getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('link', { name: find(409).title })).toBeVisible();
	await page.getByLabel('Search status codes').fill('edit conflict');
	await expect(page.getByRole('status').filter({ hasText: '“edit conflict”' })).toBeVisible();
	await expect(page).toHaveURL(/\/search\/\?q=edit\+conflict$/);
});

test('searching "499" never lists 308, whose section number 15.4.9 holds its digits', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('./');
	const results = await search(page, '499');
	await expect(results.getByRole('option').first()).toBeVisible();
	expect(await optionNames(results)).not.toContain(find(308).title);
	await page.goto('search/?q=499');
	await expect(page.getByRole('status').filter({ hasText: '“499”' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('link', { name: find(308).title })).toHaveCount(0);
});

// No page shows 155, while the section numbers 15.5.x of many 4xx pages hold its digits.
test('searching "155" lists no page that merely holds its digits inside another number', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('./');
	const results = await search(page, '155');
	await expect(page.getByRole('status').filter({ hasText: 'No codes match “155”.' })).toBeVisible();
	await expect(results.getByRole('option')).toHaveCount(0);
	await page.goto('search/?q=155');
	await expect(page.getByRole('status').filter({ hasText: 'No codes match “155”.' })).toBeVisible();
	await expect(page.getByRole('main').getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(0);
});

test('searching a code lists its page first, then the pages that name that code', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('./');
	const names = await optionNames(await search(page, '404'));
	expect(names[0]).toBe(find(404).title);
	// 410's page says "send 404 instead": a page that names the code answers it.
	expect(names).toContain(find(410).title);
	expect(names).not.toContain(find(308).title);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test(
		'the search page hides the / shortcut hint, which needs a script, and says search needs JavaScript',
		{ tag: BASE_PATH_TAG },
		async ({ page }) => {
			await page.goto('search/?q=timeout');
			await expect(page.getByText('/', { exact: true })).toBeHidden();
			await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
			// The loading and failure notes belong to the script too.
			await expect(page.getByText('Search could not load').filter({ visible: true })).toHaveCount(0);
			await expect(page.getByText('Loading search').filter({ visible: true })).toHaveCount(0);
		},
	);
});

test('with JavaScript the / hint shows on a wide screen and the no-JavaScript notice is gone', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('search/?q=timeout');
	await expect(page.getByText('/', { exact: true })).toBeVisible();
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeHidden();
	await expect(page.getByLabel('Search status codes')).toHaveValue('timeout');
});

test(
	'on the search page, a name pasted from code lists its code first, with the name and its ecosystem',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto(`search/?q=${encodeURIComponent('HttpStatus.TOO_MANY_REQUESTS')}`);
		const results = page.getByRole('main').getByRole('list', { name: 'Search results' });
		await expect(results.getByRole('listitem').first()).toContainText(find(429).title);
		await expect(results.getByRole('listitem').first()).toContainText('Spring: HttpStatus.TOO_MANY_REQUESTS');
		await expect(page.getByRole('status').filter({ hasText: '“HttpStatus.TOO_MANY_REQUESTS”' })).toHaveText(
			'1 code matches “HttpStatus.TOO_MANY_REQUESTS”.',
		);
	},
);
