import type { Page } from '@playwright/test';

/**
 * Opens an address (relative to the site's base) as a pasted link does: a fresh load, never a jump within
 * the page a shared page or an earlier step left open.
 */
export async function openAsPastedLink(page: Page, path: string): Promise<void> {
	await page.goto('about:blank');
	await page.goto(path);
}
