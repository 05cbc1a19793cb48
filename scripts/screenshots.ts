// Takes the README's screenshots from the real build: `npm run screenshots` (after `npm run build`).
import { preview } from 'astro';
import { chromium } from '@playwright/test';
import { launchOptions } from '../tests/support/browser.ts';

const shots = [
	{ path: '', file: 'index', scheme: 'light', width: 1100, height: 800 },
	{ path: '404-not-found/', file: 'code-page-phone-dark', scheme: 'dark', width: 390, height: 844 },
	{ path: '405-method-not-allowed/', file: 'code-page', scheme: 'light', width: 1100, height: 1300 },
] as const;

const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch(launchOptions());
try {
	const base = `http://127.0.0.1:${server.port}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;
	for (const shot of shots) {
		const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height }, colorScheme: shot.scheme });
		await page.goto(base + shot.path);
		await page.screenshot({ path: `docs/${shot.file}.png` });
		console.log(`docs/${shot.file}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
