import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes, firstSentence, plain } from '../catalog/content';
import { NOT_FOUND, sitePages } from '../catalog/pages';

test('without JavaScript a code page reads fully and its links work', async ({ noScriptPage: page }) => {
	const code = codes.find((c) => c.code === 404)!;
	await page.goto(code.path);
	expect(plain(await page.getByRole('article').innerText())).toContain(firstSentence(code.body));
	await page.getByRole('link', { name: /^Next / }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(codes[codes.indexOf(code) + 1]!.title);
});

test('without JavaScript the search explains that it needs JavaScript', { tag: BASE_PATH_TAG }, async ({ noScriptPage: page }) => {
	await page.goto('./');
	await page.getByRole('searchbox', { name: 'Search status codes' }).fill('conflict');
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page).toHaveURL(/\/search\/\?q=conflict$/);
	const notice = page.getByRole('paragraph').filter({ hasText: 'Search runs in your browser and needs JavaScript' });
	await expect(notice).toBeVisible();
	// The notice's own link: the search note's links are hidden by the stylesheet, but are in the document before it applies.
	await expect(notice.getByRole('link', { name: 'the index' })).toBeVisible();
});

for (const sitePage of sitePages) {
	test(`without JavaScript ${sitePage.name} shows its heading, its content and a link home`, async ({ noScriptPage: page, baseURL }) => {
		const response = await page.goto(sitePage.path);
		expect(response?.status()).toBe(sitePage.status);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const code = codes.find((c) => sitePage.path === c.path);
		if (code) expect(plain(await page.getByRole('main').innerText())).toContain(plain(code.summary));
		else expect((await page.getByRole('main').innerText()).trim()).not.toBe('');
		// The link's target, resolved as the browser resolves it; the test below follows it.
		const home = page.getByRole('link', { name: 'HTTP Status Codes', exact: true });
		expect(await home.evaluate((a) => (a as HTMLAnchorElement).href)).toBe(baseURL);
	});
}

test('without JavaScript the link home leads to the index', { tag: BASE_PATH_TAG }, async ({ noScriptPage: page }) => {
	await page.goto(NOT_FOUND.path);
	await page.getByRole('link', { name: 'HTTP Status Codes', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Status Codes');
});
