// The header's search with the keyboard alone: a combobox with a listbox popup (WAI-ARIA APG), filters that
// keep their own arrow keys, and a popup that closes when focus leaves it and never covers what has focus.
import type { Locator, Page } from '@playwright/test';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { searchField } from './support/search';

const find = (code: number) => codes.find((c) => c.code === code)!;
const page404 = find(404).path;

/** Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times; fails when it never does. */
async function tabTo(page: Page, target: Locator, key = 'Tab', max = 12): Promise<void> {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(key);
		if (await target.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`${key} never reached ${target}`);
}

/** Opens the search with `/` and types a query, as a keyboard user would; returns the listbox once it lists results. */
async function typeSearch(page: Page, query: string): Promise<Locator> {
	await page.keyboard.press('/');
	await expect(searchField(page)).toBeFocused();
	await page.keyboard.type(query);
	const results = page.getByRole('listbox', { name: 'Search results' });
	await expect(page.getByRole('status').filter({ hasText: `“${query}”` })).toBeVisible();
	return results;
}

/** The focused element is on screen, and nothing (such as the search panel) lies over its middle. */
async function expectFocusVisibleAndUncovered(page: Page): Promise<void> {
	const focused = page.locator(':focus');
	await expect(focused).toBeInViewport();
	const uncovered = await focused.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return top !== null && (top === el || el.contains(top));
	});
	expect(uncovered, 'the focused element is not covered').toBe(true);
}

test('the field says whether its results popup is open, and which listbox it controls', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	const box = searchField(page);
	await typeSearch(page, 'conflict');
	await expect(box).toHaveRole('combobox');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	const listbox = page.getByRole('listbox', { name: 'Search results' });
	await expect(listbox).toBeVisible();
	await expect(box).toHaveAttribute('aria-controls', (await listbox.getAttribute('id'))!);
	await page.keyboard.press('Escape');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(listbox).toBeHidden();
	// Alt+Down opens the popup again without choosing a result; Alt+Up closes it.
	await page.keyboard.press('Alt+ArrowDown');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
	await expect(listbox).toBeVisible();
	await expect(box).not.toHaveAttribute('aria-activedescendant');
	await page.keyboard.press('Alt+ArrowUp');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.type(' edit');
	await expect(box).toHaveAttribute('aria-expanded', 'true');
});

test(
	'the arrow keys move through the results while focus stays in the field, and Enter opens the chosen one',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto(page404);
		const box = searchField(page);
		const results = await typeSearch(page, 'redirect');
		const options = results.getByRole('option');
		await expect(options.nth(1)).toBeVisible();
		await page.keyboard.press('ArrowDown');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(box).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!);
		await page.keyboard.press('ArrowDown');
		await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
		await expect(options.first()).toHaveAttribute('aria-selected', 'false');
		await page.keyboard.press('ArrowUp');
		await expect(options.first()).toHaveAttribute('aria-selected', 'true');
		await expect(box).toBeFocused();
		// Up from the first result wraps to the last, as in the APG's list autocomplete example.
		await page.keyboard.press('ArrowUp');
		await expect(options.last()).toHaveAttribute('aria-selected', 'true');
		await page.keyboard.press('ArrowDown');
		const chosen = (await options.first().getAttribute('href'))!;
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new URL(chosen, page.url()).href);
	},
);

/** Tabs to the "Filters" button and opens the filters with Enter, as a keyboard user asks for them. */
async function openFilters(page: Page): Promise<void> {
	const toggle = page.getByRole('button', { name: /^Filters/ });
	await tabTo(page, toggle);
	await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	await page.keyboard.press('Enter');
	await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}

test('focus passing through the empty field opens nothing: no popup, no filters', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	const box = searchField(page);
	await tabTo(page, box);
	// The search UI loads on that focus; once it is ready, it still shows nothing.
	await expect(page.locator('body')).toHaveAttribute('data-search', '');
	await expect(box).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
	await expect(page.getByRole('combobox', { name: 'Class' })).toBeHidden();
	// On past the Search button and out of the search, with no stop added.
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Search', exact: true })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.locator(':focus').locator('xpath=ancestor::search')).toHaveCount(0);
	await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test(
	'the filters open only from their button, which says whether they are open and how many are chosen',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto(page404);
		await typeSearch(page, 'redirect');
		await expect(page.getByRole('combobox', { name: 'Class' })).toBeHidden();
		await openFilters(page);
		const filter = page.getByRole('combobox', { name: 'Class' });
		await tabTo(page, filter);
		await page.keyboard.press('ArrowDown');
		await expect(page.getByRole('button', { name: 'Filters (1)' })).toHaveAttribute('aria-expanded', 'true');
	},
);

test('the arrow keys change a focused filter and leave focus on it', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	await typeSearch(page, 'redirect');
	const status = page.getByRole('status').filter({ hasText: '“redirect”' });
	const before = await status.innerText();
	const filter = page.getByRole('combobox', { name: 'Class' });
	await openFilters(page);
	await tabTo(page, filter);
	await page.keyboard.press('ArrowDown');
	await expect(filter).toBeFocused();
	await expect(filter).not.toHaveValue('');
	await expect(status).not.toHaveText(before);
	await page.keyboard.press('ArrowDown');
	await expect(filter).toBeFocused();
	await page.keyboard.press('ArrowUp');
	await expect(filter).toBeFocused();
	await expect(searchField(page)).toHaveAttribute('aria-expanded', 'true');
});

test('one Escape from a focused filter closes the popup and brings focus back to the field', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	await typeSearch(page, 'redirect');
	const filter = page.getByRole('combobox', { name: 'Class' });
	await openFilters(page);
	await tabTo(page, filter);
	await page.keyboard.press('Escape');
	await expect(filter).toBeHidden();
	await expect(searchField(page)).toBeFocused();
	await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');
});

for (const viewport of [
	{ width: 1280, height: 800 },
	{ width: 390, height: 844 },
]) {
	test.describe(`at ${viewport.width} px`, () => {
		test.use({ viewport });

		test(
			'Shift+Tab out of the search closes the popup, and the focused element is visible and uncovered',
			{ tag: BASE_PATH_TAG },
			async ({ page }) => {
				await page.goto(page404);
				await typeSearch(page, 'server');
				await page.keyboard.press('Shift+Tab');
				// The header's control before the field: its last link, to the response checker.
				await expect(page.getByRole('banner').getByRole('link', { name: 'Check a response', exact: true })).toBeFocused();
				await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');
				await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
				await expectFocusVisibleAndUncovered(page);
			},
		);

		test(
			'Tab through the search and out of it closes the popup, and the focused element is visible and uncovered',
			{ tag: BASE_PATH_TAG },
			async ({ page }) => {
				await page.goto(page404);
				await typeSearch(page, 'server');
				// Through the Search button, the filters and the "see all" link, then on into the page: no stop is covered.
				for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement?.closest('search') !== null)); i++) {
					await page.keyboard.press('Tab');
					await expectFocusVisibleAndUncovered(page);
				}
				await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
				await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');
				await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
				await expectFocusVisibleAndUncovered(page);
			},
		);
	});
}

test('Enter on a query that is not a code goes to the search page, which lists the results', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	await typeSearch(page, 'conflict');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=conflict$/);
	await expect(
		page
			.getByRole('main')
			.getByRole('list', { name: 'Search results' })
			.getByRole('link', { name: find(409).title }),
	).toBeVisible();
});

test(
	'Enter on exactly a code opens its page, and on a number that is no code, the search page',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto('./');
		await typeSearch(page, '409');
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(find(409).title);
		await searchField(page).click();
		await page.keyboard.type('155');
		await expect(page.getByRole('status').filter({ hasText: '“155”' })).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=155$/);
		await expect(page.getByRole('status').filter({ hasText: 'No codes match “155”.' })).toBeVisible();
	},
);

test('a click elsewhere on the page closes the popup', { tag: BASE_PATH_TAG }, async ({ page }) => {
	await page.goto(page404);
	await typeSearch(page, 'conflict');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeVisible();
	// The footer: well away from the open panel, which covers the top of the page.
	await page.getByRole('contentinfo').click({ position: { x: 2, y: 2 } });
	await expect(searchField(page)).toHaveAttribute('aria-expanded', 'false');
	await expect(page.getByRole('listbox', { name: 'Search results' })).toBeHidden();
});

test(
	'a name pasted from code opens its code: listed first with its ecosystem, and Enter opens it',
	{ tag: BASE_PATH_TAG },
	async ({ page }) => {
		await page.goto(page404);
		const results = await typeSearch(page, 'HTTP_429_TOO_MANY_REQUESTS');
		const first = results.getByRole('option').first();
		await expect(first).toHaveAccessibleName(find(429).title);
		await expect(first).toHaveAccessibleDescription('Django REST framework: status.HTTP_429_TOO_MANY_REQUESTS');
		await searchField(page).fill('Response::HTTP_CONFLICT');
		await expect(page.getByRole('status').filter({ hasText: '“Response::HTTP_CONFLICT”' })).toBeVisible();
		await expect(first).toHaveAccessibleName(find(409).title);
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`/${find(409).path}$`));
	},
);
