import AxeBuilder from '@axe-core/playwright';
import { rankPartial, queryWords, forgivingSearch, type Hit } from '../src/scripts/search-partial';
import { expect, test } from './support/fixtures';
import { codes } from './support/content';
import { codeOfResult } from './support/relevance';
import { search } from './support/search';

const title = (code: number) => codes.find((c) => c.code === code)!.title;
const hits = (...pages: [string, number][]): Hit[] => pages.map(([id, score]) => ({ id, score }));

test.describe('the partial ranking', () => {
	test('a page that holds more of the rare words ranks first', () => {
		const ranked = rankPartial([hits(['a', 1], ['b', 1]), hits(['a', 1]), hits(['a', 1], ['b', 1], ['c', 1], ['d', 1])], 4);
		expect(ranked.map((h) => h.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	test('a word on every page counts for less than a rare word', () => {
		const everywhere = hits(['common', 5], ['rare', 5], ['x', 5], ['y', 5]);
		const ranked = rankPartial([everywhere, everywhere, hits(['rare', 1])], 4);
		expect(ranked[0]?.id).toBe('rare');
	});

	test('within one word, the page Pagefind scores higher ranks first', () => {
		expect(rankPartial([hits(['passing', 1], ['situation', 9])], 10)[0]?.id).toBe('situation');
	});

	test('query words are split on punctuation, lower-cased and counted once', () => {
		expect(queryWords("Content type 'text/plain;charset=UTF-8' not supported, not")).toEqual(['content', 'type', 'text', 'plain', 'charset', 'utf-8', 'not', 'supported']);
	});

	test('full matches come first and partial ones follow only when the full ones are few', async () => {
		const index: Record<string, Hit[]> = { upload: hits(['413', 3], ['104', 2]), big: hits(['413', 2], ['431', 2]), wifi: [] };
		const fake = async (term: string | null) => {
			if (term === null) return { results: hits(['104', 1], ['413', 1], ['431', 1], ['511', 1]) };
			const words = term.split(' ');
			const sets = words.map((w) => index[w] ?? []);
			return { results: sets.reduce((acc, s) => acc.filter((h) => s.some((x) => x.id === h.id))) };
		};
		const none = await forgivingSearch(fake, 'upload big wifi');
		expect(none?.partial).toBe(3);
		expect(none?.results.map((h) => h.id)).toEqual(['413', '431', '104']);
		const one = await forgivingSearch(fake, 'upload big');
		expect(one?.partial).toBe(2);
		expect(one?.results.map((h) => h.id)).toEqual(['413', '431', '104']);
		expect((await forgivingSearch(fake, 'upload'))?.partial).toBe(0);
	});
});

test('a query no page holds in full lists the pages that hold most of its words, and says the match is partial', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'teapot upstream');
	await expect(page.getByRole('status')).toContainText('No code holds every word of “teapot upstream”');
	await expect(results.getByRole('link', { name: title(418) })).toBeVisible();
	await expect(results.getByRole('link', { name: title(502) })).toBeVisible();
});

test('the search page gives the same partial results', async ({ page }) => {
	await page.goto(`search/?q=${encodeURIComponent('teapot upstream')}`);
	await expect(page.getByRole('status').filter({ hasText: '“teapot upstream”' })).toContainText('No code holds every word');
	await expect(page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: title(418) })).toBeVisible();
});

test('a query with no known word answers nothing and offers the index and the guide', async ({ page, baseURL }) => {
	await page.goto('./');
	const results = await search(page, 'xyzzy plugh');
	await expect(page.getByRole('status')).toHaveText('No codes match “xyzzy plugh”.');
	await expect(results.getByRole('link')).toHaveCount(0);
	const base = new URL(baseURL!).pathname;
	await expect(page.getByRole('link', { name: 'every code in the index' })).toHaveAttribute('href', base);
	await expect(page.getByRole('link', { name: 'the guide to choosing a code' })).toHaveAttribute('href', `${base}guide/`);
});

// Pagefind stems English: the situations must not depend on one form of a word.
for (const [forms, code] of [[['upload too large', 'uploads too large', 'uploading too large'], 413], [['edited the same page', 'editing the same page', 'edits the same page'], 409], [['redirecting permanently', 'redirected permanently'], 301]] as const) {
	test(`${forms.map((f) => `"${f}"`).join(', ')} all find ${title(code)} in the first three`, async ({ page }) => {
		await page.goto('./');
		for (const form of forms) {
			const results = await search(page, form);
			const top = (await results.getByRole('link').allInnerTexts()).slice(0, 3).map(codeOfResult);
			expect(top, `"${form}"`).toContain(code);
		}
	});
}

for (const scheme of ['light', 'dark'] as const) {
	test(`the partial and the empty answers have no accessibility violations in the ${scheme} color scheme`, async ({ page }) => {
		await page.emulateMedia({ colorScheme: scheme });
		await page.goto('./');
		for (const [query, shown] of [['teapot upstream', 'No code holds every word'], ['xyzzy plugh', 'No codes match']] as const) {
			await search(page, query);
			await expect(page.getByRole('status')).toContainText(shown);
			const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice']).analyze();
			expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), query).toEqual([]);
		}
	});
}
