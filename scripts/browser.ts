// Finds a Chromium for the tests: Playwright's own where it is installed, else one on this machine.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromium, type LaunchOptions } from '@playwright/test';

/** Chromium builds a Debian or desktop machine may have, by executable name. */
const SYSTEM_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** Flags a system Chromium needs in a container with no network (Playwright's own build sets its own). */
export const SYSTEM_CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Where the browser comes from: Playwright's bundled build, or a path to a system Chromium. */
export type BrowserChoice = { kind: 'playwright' } | { kind: 'system'; path: string };

/** The browser to test in, or undefined when none is installed. */
export function findBrowser(): BrowserChoice | undefined {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return existsSync(fromEnv) ? { kind: 'system', path: fromEnv } : undefined;
	if (existsSync(chromium.executablePath())) return { kind: 'playwright' };
	for (const dir of (process.env.PATH ?? '').split(delimiter)) {
		for (const name of SYSTEM_NAMES) {
			const path = join(dir, name);
			if (dir && existsSync(path)) return { kind: 'system', path };
		}
	}
	return undefined;
}

/** Playwright launch options for the browser found: none for Playwright's own, the path and flags for a system one. */
export function launchOptions(choice: BrowserChoice | undefined = findBrowser()): LaunchOptions {
	return choice?.kind === 'system' ? { executablePath: choice.path, args: SYSTEM_CHROMIUM_ARGS } : {};
}
