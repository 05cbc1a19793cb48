import { readFileSync } from 'node:fs';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { optionNames, search, searchField } from './support/search';

const find = (code: number) => codes.find((c) => c.code === code)!;

// Each query finds its code through the description text, not the code's number or name.
const cases: [string, number][] = [
	['edit conflict', 409],
	['WWW-Authenticate', 401],
	['successful DELETE', 204],
];

for (const [query, code] of cases) {
	test(`searching "${query}" finds ${find(code).title}`, { tag: BASE_PATH_TAG }, async ({ page }) => {
		await page.goto('./');
		const results = await search(page, query);
		const hit = results.getByRole('option', { name: find(code).title });
		await expect(hit).toBeVisible();
		await hit.click();
		await expect(page).toHaveURL(new RegExp(`/${find(code).path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(find(code).title);
	});
}

test('pressing / focuses the search, and one Escape closes the results and keeps the query', async ({ page }) => {
	await page.goto(find(404).path);
	await page.keyboard.press('/');
	const box = searchField(page);
	await expect(box).toBeFocused();
	await page.keyboard.type('conflict');
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(results.getByRole('option', { name: find(409).title })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(results).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Class' })).toBeHidden();
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(box).toBeFocused();
	await expect(box).toHaveValue('conflict');
});

test('the no-JavaScript search form leads to the search page, which runs the query', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(`search/?q=${encodeURIComponent('edit conflict')}`);
	const results = page.getByRole('list', { name: 'Search results' });
	await expect(results.getByRole('link', { name: find(409).title })).toBeVisible();
});

test('searching a former name finds the code', async ({ page }) => {
	await page.goto('./');
	for (const name of ['Payload Too Large', 'Request Entity Too Large']) {
		const results = await search(page, name);
		await expect(results.getByRole('option').first()).toHaveAccessibleName(find(413).title);
	}
});

for (const code of [404, 418, 302]) {
	test(`searching the number ${code} puts ${code} first`, async ({ page }) => {
		await page.goto('./');
		const results = await search(page, String(code));
		await expect(results.getByRole('option').first()).toHaveAccessibleName(find(code).title);
	});
}

test('the plone.restapi filter narrows the results to the codes plone.restapi uses', async ({ page }) => {
	const used = codes
		.filter((c) => {
			const plone = c.data.plone as { glossary: boolean; returns: unknown[] };
			return plone.glossary || plone.returns.length > 0;
		})
		.map((c) => c.title);
	await page.goto('./');
	const results = await search(page, 'server');
	const status = page.getByRole('status');
	const unfiltered = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
	// The filters open on request, and the button counts the chosen ones.
	const toggle = page.getByRole('button', { name: 'Filters' });
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('combobox', { name: 'Class' })).toBeHidden();
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
	for (const filter of ['Class', 'Cacheable by default', 'plone.restapi'])
		await expect(page.getByRole('combobox', { name: filter })).toBeVisible();
	await page.getByRole('combobox', { name: 'plone.restapi' }).selectOption('Used in plone.restapi');
	await expect(page.getByRole('button', { name: 'Filters (1)' })).toBeVisible();
	await expect(status).not.toHaveText(new RegExp(`^${unfiltered} `));
	const filtered = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
	expect(filtered).toBeLessThan(unfiltered);
	for (const title of await optionNames(results)) expect(used).toContain(title);

	await searchField(page).fill('');
	await expect(status).toHaveText(`${used.length} codes match the filters.`);
	expect((await optionNames(results)).sort()).toEqual([...used].sort());
});

test('the class filter narrows a search to one class', async ({ page }) => {
	const redirects = codes.filter((c) => c.class === '3xx').map((c) => c.title);
	await page.goto('./');
	const results = await search(page, 'request');
	const status = page.getByRole('status');
	const unfiltered = await status.innerText();
	await page.getByRole('button', { name: 'Filters' }).click();
	await page.getByRole('combobox', { name: 'Class' }).selectOption({ label: '3xx Redirection' });
	await expect(status).not.toHaveText(unfiltered);
	const titles = await optionNames(results);
	expect(titles.length).toBeGreaterThan(0);
	for (const title of titles) expect(redirects).toContain(title);
});

test('search excerpts quote the text, not the labels of the facts list', async ({ page }) => {
	await page.goto('./');
	// A section number matches in 302's facts list, so its excerpt is drawn from that list.
	const results = await search(page, 'section 15.4.3');
	await expect(results.getByText(/RFC 9110, section 15\.4\.3/).first()).toBeVisible();
	await expect(results.getByText(/Defined in|Cacheable by default|Registry status/)).toHaveCount(0);
});

test(
	'a search with more matches than the panel shows links to the search page, which lists them all',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto(find(404).path);
		const results = await search(page, 'redirect');
		const status = page.getByRole('status').filter({ hasText: '“redirect”' });
		await expect(status).toContainText('Showing the first');
		const text = (await status.textContent()) ?? '';
		const more = page.getByRole('link', { name: /^See all \d+ on the search page$/ });
		const total = Number(/(\d+)/.exec(await more.innerText())?.[1]);
		const shown = Number(/Showing the first (\d+)/.exec(text)?.[1]);
		expect(shown).toBeGreaterThan(0);
		expect(shown).toBeLessThan(total);
		await expect(results.getByRole('option')).toHaveCount(shown);
		await page.getByRole('link', { name: `See all ${total} on the search page` }).click();
		await expect(page).toHaveURL(/\/search\/\?q=redirect$/);
		await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link')).toHaveCount(total);
	},
);

test('a word that says where a code is not used does not make its page match: "plone" lists only codes plone.restapi uses', async ({
	page,
}) => {
	const used = codes
		.filter((c) => {
			const plone = c.data.plone as { glossary: boolean; returns: unknown[] };
			return plone.glossary || plone.returns.length > 0;
		})
		.map((c) => c.title);
	await page.goto('search/?q=plone');
	const results = page.getByRole('main').getByRole('list', { name: 'Search results' });
	await expect(page.getByRole('status').filter({ hasText: '“plone”' })).toBeVisible();
	const titles = (await results.getByRole('link').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim());
	const listedCodes = titles.filter((t) => /^[1-5]\d\d /.test(t));
	expect(listedCodes.length).toBeGreaterThan(0);
	// A code plone.restapi does not use is listed only where its own description talks about plone.restapi (423: "One
	// of them is plone.restapi, which answers 403"), never for the facts list's "Not returned by plone.restapi".
	const describesPlone = (title: string) => {
		const [, body = ''] = readFileSync(`content/codes/${title.slice(0, 3)}.mdx`, 'utf8')
			.split(/^---$/m)
			.slice(1);
		return /plone/i.test(body);
	};
	for (const title of listedCodes) expect(used.includes(title) || describesPlone(title), title).toBe(true);
});

test('the status line counts codes, comparisons and guide questions apart, and a comparison shows as one', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, '401 vs 403');
	await expect(page.getByRole('status').filter({ hasText: '“401 vs 403”' })).toContainText(/^2 codes and 1 comparison match “401 vs 403”/);
	await expect(results.getByRole('option').first()).toHaveAccessibleName('Comparison: 401, 403 or 404?');
	await search(page, 'server');
	await expect(page.getByRole('status').filter({ hasText: '“server”' })).toContainText(
		/^\d+ codes, \d+ comparisons and \d+ guide questions match “server”/,
	);
});

test('excerpts quote the page’s sentences, never a run of framework names', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'moved temporarily');
	await expect(results.getByRole('option').first()).toBeVisible();
	for (const text of await results.getByRole('option').allInnerTexts()) expect(text).not.toMatch(/SC_MOVED|HttpStatusCode\.|StatusCodes\./);
});

test('a vendor’s unregistered code ranks below the registry’s codes unless the query names the vendor or the number', async ({ page }) => {
	await page.goto('./');
	let results = await search(page, 'validation error');
	const names = () => optionNames(results);
	const shown = await names();
	const firstVendor = shown.findIndex((t) => /unregistered/.test(t));
	const lastCode = shown.findLastIndex((t) => /^[1-5]\d\d /.test(t) && !/unregistered/.test(t));
	expect(firstVendor === -1 || firstVendor > lastCode, shown.join(' | ')).toBe(true);
	results = await search(page, 'cloudflare');
	expect((await names())[0]).toMatch(/unregistered/);
});
