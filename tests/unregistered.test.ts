import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { attributeOf } from './support/html';
import { openAsPastedLink } from './support/navigation';
import { classes, codes, plain } from '../catalog/content';
import { search, searchField } from './support/search';
import { factRows, unregistered, useFor } from '../catalog/unregistered';

const basePath = () => new URL(test.info().project.use.baseURL!).pathname;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const codeByNumber = (n: number | string) => codes.find((c) => c.code === Number(n))!;

// One page load per unregistered number; every fact-sheet row of that number is checked on it.
for (const page of unregistered) {
	const rows = factRows.filter((row) => useFor(row)?.page === page);
	test(`the unregistered ${page.code} page shows every vendor use with its source, says it is unregistered, and what to send instead`, async ({
		readingPage: tab,
		request,
	}) => {
		const response = await tab.goto(page.path);
		expect(response?.status()).toBe(200);
		const article = tab.getByRole('article');

		await test.step('its heading carries the outlined badge that says "unregistered", never a class badge', async () => {
			const heading = tab.getByRole('heading', { level: 1 });
			await expect(heading).toHaveAttribute('id', page.anchor);
			await expect(heading).toHaveText(new RegExp(`^${page.code}\\s+unregistered\\s+${escape(page.title)}$`));
			await expect(heading.locator('.badge-unregistered')).toBeVisible();
			await expect(article.locator('.badge-unregistered')).toHaveCount(1);
			await expect(heading.locator('[class*="c1xx"], [class*="c2xx"], [class*="c3xx"], [class*="c4xx"], [class*="c5xx"]')).toHaveCount(0);
			await expect(article.getByText(/^Unregistered/)).toBeVisible();
		});

		await test.step('each row of the fact sheet is on the page: vendor heading with its anchor, phrase, quote and source links', async () => {
			expect(rows.length).toBeGreaterThan(0);
			for (const row of rows) {
				const { use } = useFor(row)!;
				const section = tab.getByRole('region', { name: new RegExp(`^${escape(use.vendor)}`) });
				await expect(section.getByRole('heading', { level: 2 })).toHaveAttribute('id', use.anchor);
				const text = plain(await section.innerText());
				if (use.phrase) expect(text, `${row.vendor}: phrase`).toContain(use.phrase);
				expect(plain(await section.getByRole('blockquote').innerText()), `${row.vendor}: quote`).toBe(plain(row.quote));
				for (const url of row.sources) await expect(section.locator(`a[href="${url}"]`), `${row.vendor}: ${url}`).toHaveCount(1);
				if (row.status === 'historical') await expect(section.getByText('Historical', { exact: true })).toBeVisible();
				else await expect(section.getByText('Historical', { exact: true })).toHaveCount(0);
				await expect(section.getByText('Never sent to the client.')).toHaveCount(use.sentToClient ? 0 : 1);
				for (const term of ['What you see', 'Why', 'What to do', 'Who sees it'])
					await expect(section.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) })).toHaveCount(1);
			}
		});

		await test.step('it links to the registered codes to send instead, and each resolves', async () => {
			const links = tab.getByRole('region', { name: 'If you are choosing a code' }).getByRole('listitem').getByRole('link');
			await expect(links).toHaveText(page.instead.map(({ code }) => new RegExp(`^${code}\\s+${escape(codeByNumber(code).phrase)}$`)));
			for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)))
				expect((await request.get(href)).status(), href).toBe(200);
		});
	});

	// The anchors are the same under any base path: the sub-path build opens one.
	for (const use of page.uses) {
		test(
			`the deep link ${page.path}#${use.anchor} lands on ${use.vendor}’s use of ${page.code}`,
			{ tag: use === unregistered.at(-1)!.uses.at(-1) ? BASE_PATH_TAG : [] },
			async ({ readingPage: tab }) => {
				await openAsPastedLink(tab, `${page.path}#${use.anchor}`);
				await expect(tab.getByRole('heading', { level: 2, name: new RegExp(`^${escape(use.vendor)}`) })).toBeInViewport();
			},
		);
	}
}

test(
	'the index lists the unregistered numbers in their own section after 5xx, and none of them in a class section',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		test.setTimeout(budgetFor(unregistered.length + classes.length, 500));
		await page.goto('./');
		const titles = page.getByRole('heading', { level: 2 });
		await expect(titles.last()).toHaveText(/^Not in the registry/);
		await expect(titles.nth((await titles.count()) - 2)).toHaveText(/^5xx /);
		const section = page.getByRole('region', { name: 'Not in the registry' });
		await expect(section.getByRole('heading', { level: 3 })).toHaveText(
			unregistered.map((u) => new RegExp(`^${u.code}\\s+unregistered\\s+${escape(u.title)}$`)),
		);
		for (const u of unregistered) {
			await expect(
				section.locator(`[id="${u.anchor}"]`).getByRole('link', { name: new RegExp(`^${u.code} unregistered`) }),
			).toHaveAttribute('href', `${basePath()}${u.path}`);
		}
		let registeredEntries = 0;
		for (const c of classes) {
			const classSection = page.getByRole('region', { name: `${c.id} ${c.phrase}` });
			await expect(classSection.locator('.badge-unregistered')).toHaveCount(0);
			await expect(classSection.locator('a[href*="/unregistered/"]')).toHaveCount(0);
			await expect(classSection.getByText('unregistered', { exact: false })).toHaveCount(0);
			registeredEntries += await classSection.getByRole('heading', { level: 3 }).count();
		}
		expect(registeredEntries).toBe(codes.length);
	},
);

test(
	'/codes.json marks registered codes registered: true and lists the unregistered ones apart, uncounted, with vendors and sources',
	{ tag: BASE_PATH_TAG },
	async ({ request }) => {
		const body = (await (await request.get('codes.json')).json()) as {
			count: number;
			codes: { code: number; registered: boolean }[];
			unregistered: {
				code: number;
				registered: boolean;
				alsoRegistered: boolean;
				url: string;
				vendors: { vendor: string; url: string; sources: string[] }[];
			}[];
		};
		expect(body.count).toBe(codes.length);
		expect(body.codes.map((c) => c.code)).toEqual(codes.map((c) => c.code));
		for (const entry of body.codes) expect(entry.registered, String(entry.code)).toBe(true);
		expect(body.unregistered.map((u) => u.code)).toEqual(unregistered.map((u) => u.code));
		for (const entry of body.unregistered) {
			const page = unregistered.find((u) => u.code === entry.code)!;
			expect(entry.registered).toBe(false);
			expect(entry.alsoRegistered).toBe(page.alsoRegistered);
			expect(entry.url).toBe(`${basePath()}${page.path}`);
			expect(entry.vendors.map((v) => v.vendor)).toEqual(page.uses.map((u) => u.vendor));
			for (const [i, vendor] of entry.vendors.entries()) {
				expect(vendor.sources).toEqual(page.uses[i]!.sources.map((s) => s.url));
				expect(vendor.url).toBe(`${basePath()}${page.path}#${page.uses[i]!.anchor}`);
			}
		}
		// Every row of the fact sheet is in the export through its vendor.
		for (const row of factRows) {
			const { page, use } = useFor(row)!;
			expect(body.unregistered.find((u) => u.code === page.code)!.vendors.find((v) => v.vendor === use.vendor)!.sources).toEqual(
				row.sources,
			);
		}
	},
);

test('a short link /codes/499/ sends the browser on to the unregistered page', { tag: BASE_PATH_TAG }, async ({ page }) => {
	const target = unregistered.find((u) => u.code === 499)!;
	await page.goto('codes/499/');
	await expect(page).toHaveURL(new RegExp(`${escape(basePath())}${target.path}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(target.title);
});

// The redirect itself is in the HTML, so each short link is checked over HTTP, with no page opened.
for (const page of unregistered.filter((u) => !u.alsoRegistered)) {
	test(`the short link /codes/${page.code}/ points to the unregistered ${page.code} page`, { tag: BASE_PATH_TAG }, async ({ request }) => {
		const stub = await (await request.get(`codes/${page.code}/`)).text();
		const target = attributeOf(stub, /<meta http-equiv="refresh" content="0; url=([^"]+)"/);
		expect(target).toBe(`${basePath()}${page.path}`);
		const landing = await request.get(target!);
		expect(landing.status()).toBe(200);
		expect(await landing.text()).toContain(`<title>${page.code} ${page.title} (unregistered) ·`);
	});
}

test('_redirects sends each unregistered short link to its page, and 451 to the registered code', { tag: BASE_PATH_TAG }, async () => {
	const dist = join(import.meta.dirname, '..', test.info().project.metadata.outDir as string);
	const redirects = readFileSync(join(dist, '_redirects'), 'utf8');
	for (const page of unregistered.filter((u) => !u.alsoRegistered))
		expect(redirects).toContain(`${basePath()}codes/${page.code}/ ${basePath()}${page.path} 301`);
	expect(redirects).toContain(`${basePath()}codes/451/ ${basePath()}${codeByNumber(451).path} 301`);
	expect(redirects).not.toContain(`${basePath()}codes/451/ ${basePath()}unregistered/`);
});

test(
	'the registered 451 page says in one line that a vendor uses the number too, and links to that use',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		const twin = unregistered.find((u) => u.alsoRegistered)!;
		await page.goto(codeByNumber(twin.code).path);
		const use = twin.uses[0]!;
		const link = page.getByRole('link', { name: new RegExp(`^${escape(use.vendor)}’s ${twin.code}`) });
		await expect(link).toHaveAttribute('href', `${basePath()}${twin.path}#${use.anchor}`);
		await link.click();
		await expect(page.getByRole('heading', { level: 2, name: use.vendor })).toBeInViewport();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('unregistered');
	},
);

// A number, a vendor with a number, and a vendor's phrase: each finds its unregistered page first, with its badge.
const searches: [string, number][] = [
	['499', 499],
	['522', 522],
	['cloudflare 522', 522],
	['nginx 499', 499],
	['client closed request', 499],
	['page expired', 419],
	['ALB 460', 460],
];
for (const [query, code] of searches) {
	// The numbers alone also run under the sub-path: their results are links.
	const tag = /^\d+$/.test(query) ? [BASE_PATH_TAG] : [];
	test(`searching "${query}" lists the unregistered ${code} page first, with its unregistered badge`, { tag }, async ({ page }) => {
		const target = unregistered.find((u) => u.code === code)!;
		await page.goto('./');
		const results = await search(page, query);
		const first = results.getByRole('option').first();
		await expect(first).toHaveAccessibleName(new RegExp(`^${code}\\s+unregistered\\s+${escape(target.title)}$`));
		await expect(first).toHaveAttribute('href', new RegExp(`/${target.path}$`));
		await expect(first.locator('.badge-unregistered')).toBeVisible();
		await expect(first.locator('.badge')).toHaveCount(0);
	});
}

test('searching "451" lists the registered code first, then the vendor use of the number', async ({ page }) => {
	await page.goto('./');
	const results = await search(page, '451');
	const links = results.getByRole('option');
	await expect(links.first()).toHaveAccessibleName(codeByNumber(451).title);
	await expect(links.nth(1)).toHaveAccessibleName(/^451\s+unregistered\s+/);
});

test('the Registry filter separates registered from unregistered codes', async ({ page }) => {
	await page.goto('./');
	await search(page, 'error');
	await page.getByRole('button', { name: 'Filters' }).click();
	const status = page.getByRole('status');
	const registry = page.getByRole('combobox', { name: 'Registry' });
	await searchField(page).fill('');
	await registry.selectOption('Unregistered');
	await expect(status).toHaveText(`${unregistered.length} codes match the filters.`);
	const results = page.getByRole('listbox', { name: 'Search results' });
	for (const href of await results.getByRole('option').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
		expect(href).toMatch(/\/unregistered\/\d{3}\/$/);
	await registry.selectOption('Registered');
	await expect(status).toHaveText(`${codes.length} codes match the filters.`);
	await expect(results.locator('.badge-unregistered')).toHaveCount(0);
});
