import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sitePages } from './support/pages';
import { search } from './support/search';

/** WCAG 2.2 A and AA, with axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** axe's violations on the page as it stands, one readable line each. */
async function violations(page: Page): Promise<string[]> {
	const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`),
	);
}

for (const scheme of ['light', 'dark'] as const) {
	test.describe(`in the ${scheme} color scheme`, () => {
		test.use({ colorScheme: scheme });
		// axe walks every node of the page: on a busy two-core machine a long page takes well over the default 30 s.
		test.describe.configure({ timeout: 90_000 });
		for (const sitePage of sitePages) {
			test(`${sitePage.name} has no accessibility violations`, async ({ page }) => {
				await page.goto(sitePage.path);
				expect(await violations(page)).toEqual([]);
			});
		}
		test('the open search, with filters, results and a link to them all, has no accessibility violations', async ({ page }) => {
			await page.goto('./');
			const results = await search(page, 'redirect');
			await expect(results.getByRole('option').first()).toBeVisible();
			await expect(page.getByRole('link', { name: /^See all \d+ on the search page$/ })).toBeVisible();
			// The filters load after the first results; the audit waits for them so it covers them.
			await expect(page.getByRole('combobox', { name: 'Class' })).toBeVisible();
			// One result marked active with the arrow keys, as a keyboard user would have it.
			await page.keyboard.press('ArrowDown');
			await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
			expect(await violations(page)).toEqual([]);
		});
		test('the open search with a filter focused has no accessibility violations', async ({ page }) => {
			await page.goto('./');
			const results = await search(page, 'redirect');
			const filter = page.getByRole('combobox', { name: 'Class' });
			await expect(filter).toBeVisible();
			for (let i = 0; i < 8 && !(await filter.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
			await expect(filter).toBeFocused();
			// Down three times: Any, then 1xx, 2xx, 3xx Redirection, where "redirect" has results.
			for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
			await expect(filter).toHaveValue(/^3xx/);
			await expect(results.getByRole('option').first()).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
		test('the header search that could not load has no accessibility violations', async ({ page, blockRequests }) => {
			await blockRequests('**/pagefind/**');
			await page.goto('./');
			await page.keyboard.press('/');
			await expect(page.getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
		test('the search page whose search could not load has no accessibility violations', async ({ page, blockRequests }) => {
			await blockRequests('**/pagefind/**');
			await page.goto('search/?q=conflict');
			await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
			expect(await violations(page)).toEqual([]);
		});
	});
}
