import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { hrefsOf, idsOf } from './support/html';
import { NOT_FOUND, sitePages } from '../catalog/pages';

// Crawls the built site from the index: every internal link and every #fragment it names must resolve.
test(
	'no internal link or fragment is broken, and the crawl finds exactly the known pages',
	{ tag: BASE_PATH_TAG },
	async ({ request, baseURL }) => {
		test.setTimeout(budgetFor(sitePages.length));
		const root = new URL(baseURL!);
		const pages = new Map<string, Set<string>>();
		const broken: string[] = [];
		const queue: { url: string; from: string }[] = [
			{ url: root.href, from: '(start)' },
			{ url: new URL(NOT_FOUND.path, root).href, from: '(not-found page)' },
		];
		const links: { target: URL; from: string }[] = [];
		while (queue.length) {
			const { url, from } = queue.shift()!;
			if (pages.has(url)) continue;
			const response = await request.get(url);
			const expected = url.endsWith(NOT_FOUND.path) ? 404 : 200;
			if (response.status() !== expected) {
				broken.push(`${from} -> ${url}: HTTP ${response.status()}`);
				pages.set(url, new Set());
				continue;
			}
			const html = await response.text();
			pages.set(url, idsOf(html));
			for (const href of hrefsOf(html)) {
				const target = new URL(href, url);
				if (target.origin !== root.origin) continue;
				if (!target.pathname.startsWith(root.pathname)) {
					broken.push(`${from} -> ${target.href}: outside the site's base path ${root.pathname}`);
					continue;
				}
				links.push({ target, from: url });
				target.hash = '';
				if (!/\.\w+$/.test(target.pathname)) queue.push({ url: target.href, from: url });
			}
		}
		for (const { target, from } of links) {
			const fragment = decodeURIComponent(target.hash.slice(1));
			const page = new URL(target.href);
			page.hash = '';
			if (/\.\w+$/.test(page.pathname)) {
				const status = (await request.get(page.href)).status();
				if (status !== 200) broken.push(`${from} -> ${target.href}: HTTP ${status}`);
			} else if (fragment && !pages.get(page.href)?.has(fragment))
				broken.push(`${from} -> ${target.href}: no element with id "${fragment}"`);
		}
		expect(broken, `broken links:\n${broken.join('\n')}`).toEqual([]);
		const crawled = [...pages.keys()].map((url) => url.slice(root.href.length)).sort();
		expect(crawled).toEqual(sitePages.map((p) => p.path).sort());
	},
);
