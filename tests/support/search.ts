import { expect, type Page } from '@playwright/test';

/** Types a query into the header's search field, as a user would, and returns the results list. */
export async function search(page: Page, query: string, wait?: { timeout: number }) {
	const box = page.getByRole('searchbox', { name: 'Search status codes' });
	await box.click();
	await box.fill(query);
	const results = page.getByRole('list', { name: 'Search results' });
	await expect(page.getByRole('status').filter({ hasText: query })).toBeVisible(wait);
	return results;
}
