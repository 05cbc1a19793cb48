import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { classes, codes } from '../catalog/content';
import { openAsPastedLink } from './support/navigation';

test('the index lists one section per class, in numeric order, then the numbers not in the registry', async ({ readingPage: page }) => {
	await page.goto('./');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('HTTP Status Codes');
	const titles = page.getByRole('heading', { level: 2 });
	await expect(titles).toHaveText([...classes.map((c) => new RegExp(`^${c.id} ${c.phrase}`)), /^Not in the registry/]);
	for (const c of classes) {
		await expect(page.getByRole('region', { name: `${c.id} ${c.phrase}` })).toHaveAttribute('id', c.anchor);
	}
});

test(
	'every index entry carries its anchor, its code, its phrase, its summary and a link to its page',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		test.setTimeout(budgetFor(codes.length, 500));
		await page.goto('./');
		for (const c of classes) {
			const section = page.getByRole('region', { name: `${c.id} ${c.phrase}` });
			const members = codes.filter((code) => code.class === c.id);
			await expect(section.getByRole('heading', { level: 3 })).toHaveText(members.map((code) => new RegExp(`^${code.code}\\s+`)));
		}
		for (const code of codes) {
			const entry = page.locator(`[id="${code.anchor}"]`);
			await expect(entry).toHaveCount(1);
			await expect(entry.getByRole('link', { name: code.title, exact: true })).toHaveAttribute('href', new RegExp(`/${code.path}$`));
			await expect(entry).toContainText(code.summary);
			await expect(entry.getByRole('link', { name: `Permalink to ${code.title}` })).toHaveAttribute('href', `#${code.anchor}`);
		}
	},
);

// The anchors are the same under any base path: the sub-path build opens the last, the furthest down.
for (const code of codes) {
	test(
		`opening /#${code.anchor} scrolls its entry into view`,
		{ tag: code === codes.at(-1) ? BASE_PATH_TAG : [] },
		async ({ readingPage: page }) => {
			await openAsPastedLink(page, `#${code.anchor}`);
			await expect(page.locator(`[id="${code.anchor}"]`).getByRole('link', { name: code.title, exact: true })).toBeInViewport();
		},
	);
}

for (const c of classes) {
	test(`opening /#${c.anchor} scrolls its class into view`, async ({ readingPage: page }) => {
		await openAsPastedLink(page, `#${c.anchor}`);
		await expect(page.getByRole('heading', { level: 2, name: `${c.id} ${c.phrase}` })).toBeInViewport();
	});
}

// plone.restapi's original page linked its glossary terms as #term-404-Not-Found; those links must still land.
for (const code of codes.filter((c) => (c.data.plone as { glossary?: boolean }).glossary)) {
	const legacy = `term-${code.code}-${code.phrase.replace(/ /g, '-')}`;
	test(`the old glossary link /#${legacy} lands on its entry`, async ({ readingPage: page }) => {
		await openAsPastedLink(page, `#${legacy}`);
		await expect(page.locator(`[id="${code.anchor}"]`).getByRole('link', { name: code.title, exact: true })).toBeInViewport();
	});
}

for (const width of [320, 390, 768, 1280]) {
	test(`at ${width} px the class bar shows every entry, none under another`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		await page.goto('./');
		const links = page.getByRole('navigation', { name: 'Classes' }).getByRole('link');
		await expect(links.last()).toHaveText('Top');
		for (const link of await links.all()) {
			await expect(link).toBeInViewport({ ratio: 1 });
			// The point at the link's middle belongs to the link: no other entry (such as Top) lies over it.
			const own = await link.evaluate((el) => {
				const box = el.getBoundingClientRect();
				const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return top !== null && el.contains(top);
			});
			expect(own, await link.innerText()).toBe(true);
		}
	});
}
