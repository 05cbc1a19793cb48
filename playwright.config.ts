import { defineConfig } from '@playwright/test';
import { findBrowser, SYSTEM_CHROMIUM_ARGS } from './tests/support/browser';

// One port per run, chosen by the main process and inherited by the workers, so a server some other
// process left running is never mistaken for ours.
process.env.TEST_PORT ??= String(20000 + (process.pid % 20000));
const port = Number(process.env.TEST_PORT);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const browser = findBrowser();

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		baseURL: `http://127.0.0.1:${port}${base}`,
		browserName: 'chromium',
		launchOptions: browser?.kind === 'system' ? { executablePath: browser.path, args: SYSTEM_CHROMIUM_ARGS } : {},
	},
	webServer: {
		command: `npm run build && astro preview --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}${base}`,
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore',
	},
});
