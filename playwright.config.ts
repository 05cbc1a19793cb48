import { defineConfig } from '@playwright/test';
import { launchOptions } from './scripts/browser';
import { BASE_PATH_TAG } from './tests/support/tags';

// Ports chosen by the main process and inherited by the workers, so a server some other process left
// running is never mistaken for ours.
process.env.TEST_PORT ??= String(20000 + (process.pid % 20000));
const port = Number(process.env.TEST_PORT);

/** The same site built twice: at the root, and under a sub-path as on a GitHub project page. */
const allBuilds = [
	{ name: 'root', base: '/', outDir: 'dist', port },
	{ name: 'base-path', base: '/http-status/', outDir: 'dist-base', port: port + 1 },
];
// ONLY_BUILD=root while working on one feature: one build and one server instead of two.
const builds = process.env.ONLY_BUILD ? allBuilds.filter((b) => b.name === process.env.ONLY_BUILD) : allBuilds;

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.test.ts',
	// tests/unit/ and tests/build/ run under Node's test runner: no browser, no server.
	testIgnore: ['unit/**', 'build/**'],
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: 2,
	reporter: [['list']],
	use: {
		browserName: 'chromium',
		launchOptions: launchOptions(),
		// The offline copy's service worker would precache the whole site in every context and, once it
		// controls a page, answer requests that page.route() never sees; tests/offline.test.ts allows it.
		serviceWorkers: 'block',
	},
	projects: builds.map((build) => ({
		name: build.name,
		use: { baseURL: `http://127.0.0.1:${build.port}${build.base}` },
		metadata: { outDir: build.outDir },
		// The sub-path build runs only the tests whose outcome depends on where the site is served
		// (links, anchors, search results, redirects, assets, the export); the rest would repeat the root run.
		...(build.base === '/' ? {} : { grep: new RegExp(BASE_PATH_TAG) }),
	})),
	webServer: builds.map((build) => ({
		// --ignore-lock: two previews of one project run side by side, and a preview left running elsewhere is no obstacle.
		command: `npm run build && astro preview --ignore-lock --host 127.0.0.1 --port ${build.port}`,
		url: `http://127.0.0.1:${build.port}${build.base}`,
		env: { BASE_PATH: build.base, OUT_DIR: build.outDir },
		reuseExistingServer: false,
		timeout: 180_000,
		stdout: 'ignore' as const,
	})),
});
