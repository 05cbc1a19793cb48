import { BASE_PATH_TAG, expect, test } from './support/fixtures';

test('an unknown address answers 404 with a way back and the search', { tag: BASE_PATH_TAG }, async ({ page }) => {
	const response = await page.goto('no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
	await expect(page.getByRole('searchbox', { name: 'Search status codes' })).toBeVisible();
	await page.getByRole('link', { name: 'the list of every status code' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Status Codes');
});
