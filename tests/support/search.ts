import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The header's search field, by its label: a plain search field without JavaScript and on the search page,
 * a combobox once the search UI runs on any other page.
 */
export function searchField(page: Page): Locator {
	return page.getByLabel('Search status codes');
}

/** Types a query into the header's search field, as a user would, and returns the header's listbox of results. */
export async function search(page: Page, query: string, wait?: { timeout: number }): Promise<Locator> {
	const box = searchField(page);
	await box.click();
	await box.fill(query);
	const results = page.getByRole('listbox', { name: 'Search results' });
	// The status quotes the query whole, so an earlier query that contains this one is never taken for it.
	await expect(page.getByRole('status').filter({ hasText: `“${query.trim()}”` })).toBeVisible(wait);
	return results;
}

/** The accessible names of the options in the header's listbox, in order ("404 Not Found"). */
export async function optionNames(results: Locator): Promise<string[]> {
	// The listbox hides while it has no options.
	if (!(await results.isVisible())) return [];
	const snapshot = await results.ariaSnapshot();
	// A name with a colon in it ("Guide: …") comes quoted whole: - 'option "Guide: …"'.
	return [...snapshot.matchAll(/^\s*- '?option "(.*?)"'?(?: \[|:?$)/gm)].map((m) => m[1]!);
}

/** Each option's link text and address, in order, for catalog/relevance.ts's keyOfResult. */
export async function optionLinks(results: Locator): Promise<[text: string, href: string][]> {
	if (!(await results.isVisible())) return [];
	return results
		.getByRole('option')
		.evaluateAll((options) => options.map((o): [string, string] => [(o as HTMLElement).innerText, o.getAttribute('href') ?? '']));
}
