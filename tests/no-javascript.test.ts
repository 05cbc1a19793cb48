import { expect, test } from '@playwright/test';
import { codes, firstSentence, plain } from './support/content';

test.use({ javaScriptEnabled: false });

test('without JavaScript a code page reads fully and its links work', async ({ page }) => {
	const code = codes.find((c) => c.code === 404)!;
	await page.goto(`${code.anchor}/`);
	expect(plain(await page.getByRole('article').innerText())).toContain(firstSentence(code.body));
	await page.getByRole('link', { name: /^Next / }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(codes[codes.indexOf(code) + 1]!.title);
});

test('without JavaScript the search explains that it needs JavaScript', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search status codes' }).fill('conflict');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=conflict$/);
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
	await expect(page.getByRole('link', { name: 'the index' })).toBeVisible();
});
