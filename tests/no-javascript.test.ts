import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes, firstSentence, plain } from './support/content';
import { sitePages } from './support/pages';

test.use({ javaScriptEnabled: false });

test('without JavaScript a code page reads fully and its links work', async ({ page }) => {
	const code = codes.find((c) => c.code === 404)!;
	await page.goto(`${code.anchor}/`);
	expect(plain(await page.getByRole('article').innerText())).toContain(firstSentence(code.body));
	await page.getByRole('link', { name: /^Next / }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(codes[codes.indexOf(code) + 1]!.title);
});

test('without JavaScript the search explains that it needs JavaScript', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search status codes' }).fill('conflict');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=conflict$/);
	await expect(page.getByText('Search runs in your browser and needs JavaScript')).toBeVisible();
	await expect(page.getByRole('link', { name: 'the index' })).toBeVisible();
});

for (const sitePage of sitePages) {
	test(`without JavaScript ${sitePage.name} shows its heading, its content and a working way home`, async ({ page }) => {
		const response = await page.goto(sitePage.path);
		expect(response?.status()).toBe(sitePage.status);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const code = codes.find((c) => sitePage.path === `${c.anchor}/`);
		if (code) expect(plain(await page.getByRole('main').innerText())).toContain(plain(code.summary));
		else expect((await page.getByRole('main').innerText()).trim()).not.toBe('');
		await page.getByRole('link', { name: 'HTTP Status Codes' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Status Codes');
	});
}
