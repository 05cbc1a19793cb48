// The search in its open and failed states; every page as it loads is audited by tests/every-page.test.ts.
import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';
import { search, searchField } from './support/search';

test('the open search, with filters, results and a link to them all, has no accessibility violations', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'redirect');
	await expect(results.getByRole('option').first()).toBeVisible();
	await expect(page.getByRole('link', { name: /^See all \d+ on the search page$/ })).toBeVisible();
	// The filters open on request; the audit covers them open.
	await page.getByRole('button', { name: 'Filters' }).click();
	await expect(page.getByRole('combobox', { name: 'Class' })).toBeVisible();
	await searchField(page).focus();
	// One result marked active with the arrow keys, as a keyboard user would have it.
	await page.keyboard.press('ArrowDown');
	await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
	await expectNoViolations(page);
});

test('the open search with a filter focused has no accessibility violations', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, 'redirect');
	const filter = page.getByRole('combobox', { name: 'Class' });
	await page.getByRole('button', { name: 'Filters' }).press('Enter');
	await expect(filter).toBeVisible();
	for (let i = 0; i < 8 && !(await filter.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
	await expect(filter).toBeFocused();
	// Down three times: Any, then 1xx, 2xx, 3xx Redirection, where "redirect" has results.
	for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
	await expect(filter).toHaveValue(/^3xx/);
	await expect(results.getByRole('option').first()).toBeVisible();
	await expectNoViolations(page);
});

test('the header search that could not load has no accessibility violations', async ({ page, blockRequests }) => {
	await blockRequests('**/pagefind/**');
	await page.goto('./');
	await page.keyboard.press('/');
	await expect(page.getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
	await expectNoViolations(page);
});

test('the search page whose search could not load has no accessibility violations', async ({ page, blockRequests }) => {
	await blockRequests('**/pagefind/**');
	await page.goto('search/?q=conflict');
	await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Search could not load.' })).toBeVisible();
	await expectNoViolations(page);
});
