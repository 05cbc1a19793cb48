// Takes the README's screenshots from the real build: `npm run screenshots` (after `npm run build`).
import { preview } from 'astro';
import { chromium } from '@playwright/test';
import { launchOptions } from './browser.ts';

// Desktop at 1280 px; phones at 390 px, emulated as touch screens (so hover-only styles stay off).
const shots = [
	{ path: '', file: 'index', scheme: 'light', width: 1280, height: 800 },
	{ path: '404-not-found/', file: 'code-page-phone-dark', scheme: 'dark', width: 390, height: 844 },
	{ path: '405-method-not-allowed/', file: 'code-page', scheme: 'light', width: 1280, height: 1300 },
	// After a jump to the last class: the class bar is still there.
	{ path: '#5xx-server-error', file: 'index-phone', scheme: 'light', width: 390, height: 844 },
	{ path: 'compare/301-302-303-307-308/', file: 'compare', scheme: 'light', width: 1280, height: 1100 },
	// A shared link runs the check at once: the example the page itself offers.
	{ path: 'check/', file: 'check', scheme: 'dark', width: 1280, height: 1100, example: true },
] as const;

const server = await preview({ root: process.cwd(), server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
const browser = await chromium.launch(launchOptions());
try {
	const base = `http://127.0.0.1:${server.port}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;
	for (const shot of shots) {
		const phone = shot.width < 500 ? { isMobile: true, hasTouch: true } : {};
		// Reduced motion: a jump to an anchor lands at once instead of scrolling smoothly past the shot.
		const page = await browser.newPage({
			viewport: { width: shot.width, height: shot.height },
			colorScheme: shot.scheme,
			reducedMotion: 'reduce',
			...phone,
		});
		await page.goto(base + shot.path);
		if ('example' in shot) {
			await page.getByRole('link', { name: 'Try an example' }).click();
			await page.getByRole('status').filter({ hasText: 'Checked 1 response' }).waitFor();
		}
		await page.screenshot({ path: `docs/screenshots/${shot.file}.png` });
		console.log(`docs/screenshots/${shot.file}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await server.stop();
}
