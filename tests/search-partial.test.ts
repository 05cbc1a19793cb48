import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';
import { codes } from '../catalog/content';
import { codeOfResult } from '../catalog/relevance';
import { optionNames, search } from './support/search';

const title = (code: number) => codes.find((c) => c.code === code)!.title;

test('a query no page holds in full lists the pages that hold most of its words, and says the match is partial', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'teapot upstream');
	await expect(page.getByRole('status')).toContainText('No code holds every word of “teapot upstream”');
	await expect(results.getByRole('option', { name: title(418) })).toBeVisible();
	await expect(results.getByRole('option', { name: title(502) })).toBeVisible();
});

test('the search page gives the same partial results', async ({ page }) => {
	await page.goto(`search/?q=${encodeURIComponent('teapot upstream')}`);
	await expect(page.getByRole('status').filter({ hasText: '“teapot upstream”' })).toContainText('No code holds every word');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title(418) })).toBeVisible();
});

test('a query with no known word answers nothing and offers the index and the guide', async ({ page, baseURL }) => {
	await page.goto('./');
	const results = await search(page, 'plugh frobozz');
	await expect(page.getByRole('status')).toHaveText('No codes match “plugh frobozz”.');
	await expect(results.getByRole('option')).toHaveCount(0);
	const base = new URL(baseURL!).pathname;
	await expect(page.getByRole('link', { name: 'every code in the index' })).toHaveAttribute('href', base);
	await expect(page.getByRole('link', { name: 'the guide to choosing a code' })).toHaveAttribute('href', `${base}guide/`);
});

// Pagefind stems English: the situations must not depend on one form of a word.
for (const [forms, code] of [
	[['upload too large', 'uploads too large', 'uploading too large'], 413],
	[['edited the same page', 'editing the same page', 'edits the same page'], 409],
	[['redirecting permanently', 'redirected permanently'], 301],
] as const) {
	test(`${forms.map((f) => `"${f}"`).join(', ')} all find ${title(code)} in the first three`, async ({ page }) => {
		await page.goto('./');
		for (const form of forms) {
			const results = await search(page, form, { timeout: 15_000 });
			const top = (await optionNames(results)).slice(0, 3).map(codeOfResult);
			expect(top, `"${form}"`).toContain(code);
		}
	});
}

test('the partial and the empty answers have no accessibility violations in either color scheme', async ({ page }) => {
	// Two searches and two audits in each color scheme in one test.
	test.slow();
	await page.goto('./');
	for (const [query, shown] of [
		['teapot upstream', 'No code holds every word'],
		['plugh frobozz', 'No codes match'],
	] as const) {
		await search(page, query);
		await expect(page.getByRole('status')).toContainText(shown);
		await expectNoViolations(page, query);
	}
});
