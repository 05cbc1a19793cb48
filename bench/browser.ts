// The Chromium the bench drives: the same choice as the tests make (scripts/browser.ts).
import { chromium, type Browser } from '@playwright/test';
import { findBrowser, launchOptions } from '../scripts/browser.ts';

/** The path of the Chromium executable the bench uses; throws when none is installed. */
export function chromePath(): string {
	const choice = findBrowser();
	if (!choice) throw new Error("No Chromium found: install Playwright's (npx playwright install chromium) or set CHROMIUM_PATH.");
	return choice.kind === 'system' ? choice.path : chromium.executablePath();
}

/** Launches Chromium through Playwright with the flags a system build needs here. */
export function launchBrowser(): Promise<Browser> {
	const choice = findBrowser();
	if (!choice) throw new Error("No Chromium found: install Playwright's (npx playwright install chromium) or set CHROMIUM_PATH.");
	return chromium.launch(launchOptions(choice));
}
