import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DESCRIPTION } from '../src/consts';
import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { attributeOf, policyOf } from './support/html';
import { sitePages } from '../catalog/pages';
import { unregistered } from '../catalog/unregistered';

/** The base path the project under test serves the site from, e.g. `/` or `/http-status/`. */
const basePath = () => new URL(test.info().project.use.baseURL!).pathname;
/** The listed pages: every page but the search and not-found pages. */
const listed = sitePages.filter((p) => p.status === 200 && p.path !== 'search/');

// Every test here checks an address, so every test runs under the sub-path too.
test.describe('hosting', { tag: BASE_PATH_TAG }, () => {
	test('a short link /codes/CODE/ sends the browser on to the code page', async ({ page }) => {
		const code = codes.find((c) => c.code === 404)!;
		await page.goto(`codes/${code.code}/`);
		await expect(page).toHaveURL(new RegExp(`${basePath()}${code.path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(code.title);
	});

	// The redirect itself is in the HTML, so each code's short link is checked over HTTP, with no page opened.
	for (const code of codes) {
		test(`the short link /codes/${code.code}/ points to the ${code.title} page`, async ({ request }) => {
			const stub = await (await request.get(`codes/${code.code}/`)).text();
			const target = attributeOf(stub, /<meta http-equiv="refresh" content="0; url=([^"]+)"/);
			expect(target).toBe(`${basePath()}${code.path}`);
			const landing = await request.get(target!);
			expect(landing.status()).toBe(200);
			expect(await landing.text()).toContain(`<title>${code.title} ·`);
		});
	}

	test('the sitemap lists every page under the base path, and robots.txt points to it', async ({ request }) => {
		const robots = await (await request.get('robots.txt')).text();
		const sitemapUrl = /^Sitemap: (.+)$/m.exec(robots)?.[1];
		expect(new URL(sitemapUrl!).pathname).toBe(`${basePath()}sitemap-index.xml`);
		const index = await (await request.get('sitemap-index.xml')).text();
		const locs: string[] = [];
		for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
			const xml = await (await request.get(new URL(sitemap!).pathname)).text();
			for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) locs.push(new URL(loc!).pathname);
		}
		expect(locs.sort()).toEqual(listed.map((p) => `${basePath()}${p.path}`).sort());
	});

	test('every listed page has its canonical URL, meta description and link-preview tags', async ({ request }) => {
		test.setTimeout(budgetFor(listed.length));
		for (const sitePage of listed) {
			const html = await (await request.get(sitePage.path)).text();
			const attr = (pattern: RegExp) => attributeOf(html, pattern);
			expect(new URL(attr(/<link rel="canonical" href="([^"]+)"/)!).pathname, sitePage.name).toBe(`${basePath()}${sitePage.path}`);
			const code = codes.find((c) => sitePage.path === c.path);
			const other = unregistered.find((u) => sitePage.path === u.path);
			const description = code
				? `${code.title}: ${code.summary}`
				: other
					? `${other.code} ${other.title}, unregistered: ${other.summary}`
					: (sitePage.description ?? SITE_DESCRIPTION);
			expect(attr(/<meta name="description" content="([^"]+)"/), sitePage.name).toBe(description);
			expect(attr(/<meta property="og:url" content="([^"]+)"/)).toBe(attr(/<link rel="canonical" href="([^"]+)"/));
			expect(attr(/<meta name="twitter:card" content="([^"]+)"/)).toBe('summary_large_image');
			const image = new URL(attr(/<meta property="og:image" content="([^"]+)"/)!).pathname;
			expect(image).toBe(`${basePath()}og/${code ? code.anchor : other ? `unregistered-${other.code}` : 'site'}.png`);
			const png = await request.get(image);
			expect(png.status(), image).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
		}
	});

	test('the search page keeps out of search engines, and the not-found page claims no address', async ({ request }) => {
		const search = await (await request.get('search/')).text();
		expect(search).toContain('<meta name="robots" content="noindex">');
		expect(search).not.toContain('rel="canonical"');
		const missing = await request.get('no-such-page/');
		expect(missing.status()).toBe(404);
		expect(await missing.text()).not.toContain('rel="canonical"');
	});

	test('the web app manifest is complete, and it, its icons and the service worker resolve under the base path', async ({ request }) => {
		const manifest = (await (await request.get('manifest.webmanifest')).json()) as {
			name: string;
			short_name: string;
			start_url: string;
			scope: string;
			display: string;
			icons: { src: string; sizes: string }[];
		};
		expect(manifest).toMatchObject({ start_url: basePath(), scope: basePath(), display: 'standalone' });
		expect(manifest.name).toBeTruthy();
		expect(manifest.short_name).toBeTruthy();
		// Installable: Chromium asks for a 192 px and a 512 px icon.
		expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
		for (const icon of manifest.icons) expect((await request.get(icon.src)).status(), icon.src).toBe(200);
		const worker = await request.get('sw.js');
		expect(worker.status()).toBe(200);
		expect(worker.headers()['content-type']).toMatch(/javascript/);
	});

	test('the build writes _headers with the pages’ policy and _redirects with every short link', async ({ request }) => {
		const dist = join(import.meta.dirname, '..', test.info().project.metadata.outDir as string);
		const headers = readFileSync(join(dist, '_headers'), 'utf8');
		const html = await (await request.get('./')).text();
		const policy = policyOf(html);
		expect(policy).toBeDefined();
		expect(headers).toContain(`${basePath()}*\n  Content-Security-Policy: ${policy}\n`);
		expect(headers).toContain(`${basePath()}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
		// The service worker's own file is never served from a cache, so a new deploy is found on the next visit.
		expect(headers).toContain(`${basePath()}sw.js\n  Cache-Control: no-cache`);
		const redirects = readFileSync(join(dist, '_redirects'), 'utf8');
		for (const code of codes) expect(redirects).toContain(`${basePath()}codes/${code.code}/ ${basePath()}${code.path} 301`);
	});
});
