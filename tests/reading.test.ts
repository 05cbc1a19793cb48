// Each code page's links to the codes its description names are checked by tests/code-pages.test.ts
// (support/code-page/prose-links.ts).
import type { Page } from '@playwright/test';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { classes, codes } from '../catalog/content';
import { openAsPastedLink } from './support/navigation';

/** A phone the size of an iPhone 14: the width the walkthroughs used. */
const PHONE = { width: 390, height: 844 };
const long = codes.reduce((a, b) => (b.title.length > a.title.length ? b : a));

test.describe('sharing a link', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test(
		'"Copy link" copies the page\'s plain address, without the #fragment, and says it did',
		{ tag: BASE_PATH_TAG },
		async ({ page, baseURL }) => {
			await openAsPastedLink(page, `${long.path}#example`);
			// A button, since it does something rather than go somewhere; the link it replaces is hidden.
			await expect(page.getByRole('link', { name: 'Copy link' })).toBeHidden();
			await page.getByRole('button', { name: 'Copy link' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${long.path}`);
			// Copying does not navigate: the reader stays where they were.
			await expect(page).toHaveURL(new RegExp(`/${long.path}#example$`));
		},
	);
});

test.describe('without JavaScript', () => {
	test('"Copy link" is a plain link to the page\'s address', { tag: BASE_PATH_TAG }, async ({ noScriptPage: page, baseURL }) => {
		await openAsPastedLink(page, `${long.path}#example`);
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeHidden();
		await page.getByRole('link', { name: 'Copy link' }).click();
		await expect(page).toHaveURL(`${baseURL}${long.path}`);
	});

	test("on a phone the index's class bar stays in view, and leads to every class and back to the top", async ({ noScriptPage: page }) => {
		await page.setViewportSize(PHONE);
		await checkIndexNavigation(page);
	});
});

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
	test(`at ${viewport.width} px the index's class bar stays in view from the last class, and leads to every class and back to the top`, async ({
		readingPage: page,
	}) => {
		await page.setViewportSize(viewport);
		await checkIndexNavigation(page);
	});
}

/** From the last class, the class bar is in view; each class link lands on its heading below the bar; Top shows the header. */
async function checkIndexNavigation(page: Page): Promise<void> {
	// Jumps land at once, not mid-way through a smooth scroll, so each position is read where it ends.
	await page.emulateMedia({ reducedMotion: 'reduce' });
	const last = classes.at(-1)!;
	await openAsPastedLink(page, `#${last.anchor}`);
	const bar = page.getByRole('navigation', { name: 'Classes' });
	await expect(bar).toBeInViewport();
	await expect(page.getByRole('banner')).not.toBeInViewport();
	for (const c of classes.toReversed()) {
		await bar.getByRole('link', { name: `${c.id} ${c.phrase}`, exact: true }).click();
		const heading = page.getByRole('heading', { level: 2, name: `${c.id} ${c.phrase}` });
		await expect(heading, c.id).toBeInViewport({ ratio: 1 });
		// Not under the bar: once the (smooth) scroll settles, the heading starts below the bar's bottom edge.
		const barBox = (await bar.boundingBox())!;
		await expect.poll(async () => (await heading.boundingBox())!.y, c.id).toBeGreaterThanOrEqual(barBox.y + barBox.height - 1);
	}
	await bar.getByRole('link', { name: 'Top' }).click();
	await expect(page.getByRole('banner')).toBeInViewport();
	await expect(page.getByRole('searchbox', { name: 'Search status codes' })).toBeInViewport();
}

for (const viewport of [PHONE, { width: 1280, height: 800 }]) {
	test.describe(`at ${viewport.width} px`, () => {
		test("a code page opened at its title's anchor shows the header, the class link and the whole title", async ({ readingPage: page }) => {
			await page.setViewportSize(viewport);
			await openAsPastedLink(page, `${long.path}#${long.anchor}`);
			await expect(page.getByRole('heading', { level: 1 })).toBeInViewport({ ratio: 1 });
			await expect(page.getByRole('banner')).toBeInViewport({ ratio: 1 });
			const codeClass = classes.find((c) => c.id === long.class)!;
			await expect(
				page
					.getByRole('article')
					.getByRole('link', { name: `${codeClass.id} ${codeClass.phrase}` })
					.first(),
			).toBeInViewport();
		});

		test("a code page opened at a section's anchor shows that heading whole, with room above it", async ({ readingPage: page }) => {
			await page.setViewportSize(viewport);
			await openAsPastedLink(page, `${long.path}#related-codes`);
			const heading = page.getByRole('heading', { level: 2, name: 'Related codes' });
			await expect(heading).toBeInViewport({ ratio: 1 });
			expect((await heading.boundingBox())!.y).toBeGreaterThanOrEqual(16);
		});
	});
}

// One page per code with example blocks: on a phone each keeps its lines and scrolls sideways inside itself.
for (const code of codes.filter(
	(c) => c.data.example || (c.data.plone as { returns?: { body?: string }[] }).returns?.some((r) => r.body),
)) {
	test(`on a phone the ${code.title} page's example blocks keep their lines and scroll inside themselves`, async ({
		readingPage: page,
	}) => {
		await page.setViewportSize(PHONE);
		await page.goto(code.path);
		const blocks = await page
			.getByRole('article')
			.locator('pre')
			.evaluateAll((pres) =>
				pres.map((pre) => {
					const code = pre.querySelector('code') ?? pre;
					const container = pre.parentElement!;
					return {
						text: pre.textContent!.slice(0, 40),
						whiteSpace: [getComputedStyle(pre).whiteSpace, getComputedStyle(code).whiteSpace],
						overflowX: getComputedStyle(pre).overflowX,
						width: pre.getBoundingClientRect().width,
						containerWidth: container.clientWidth,
						fontSize: parseFloat(getComputedStyle(code).fontSize),
					};
				}),
			);
		expect(blocks.length).toBeGreaterThan(0);
		for (const block of blocks) {
			expect(block.whiteSpace, block.text).toEqual(['pre', 'pre']);
			expect(block.overflowX, block.text).toBe('auto');
			expect(block.width, block.text).toBeLessThanOrEqual(block.containerWidth + 0.5);
			expect(block.fontSize, block.text).toBeGreaterThanOrEqual(14);
		}
		// The page itself never scrolls sideways.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});
}

// plone.restapi's uses name their request as a phrase: "Any method on any protected resource", "PATCH on a content object".
for (const code of codes.filter((c) => ((c.data.plone as { returns?: unknown[] }).returns ?? []).length > 0)) {
	test(`the ${code.title} page names each plone.restapi request in plain words, with only identifiers in code type`, async ({
		readingPage: page,
	}) => {
		await page.goto(code.path);
		const uses = page.getByRole('region', { name: 'In plone.restapi' }).getByRole('listitem');
		for (const text of await uses.allInnerTexts()) expect(text).not.toMatch(/\b(\w+) \1\b/i);
		const codeTexts = await page.getByRole('region', { name: 'In plone.restapi' }).locator('code').allInnerTexts();
		for (const text of codeTexts) expect(text, 'ordinary words are not set as code').not.toMatch(/^(a|an|any|the)\b/i);
	});
}

test("a related code's underline starts under its name, not under the space after its badge", async ({ readingPage: page }) => {
	const code = codes.find((c) => c.data.related.length > 0)!;
	await page.goto(code.path);
	const link = page.getByRole('region', { name: 'Related codes' }).getByRole('listitem').first().getByRole('link');
	const decoration = await link.evaluate((a) => [
		getComputedStyle(a).textDecorationLine,
		getComputedStyle(a.lastElementChild!).textDecorationLine,
	]);
	expect(decoration).toEqual(['none', 'underline']);
});

// One test per class: on a phone each row's # stays beside its heading's last line.
for (const c of classes) {
	test(`on a phone the index's ${c.id} rows keep each # on its heading's line`, async ({ readingPage: page }) => {
		await page.setViewportSize(PHONE);
		await page.goto('./');
		const rows = await page
			.getByRole('region', { name: `${c.id} ${c.phrase}` })
			.getByRole('listitem')
			.evaluateAll((items) =>
				items.map((item) => {
					const heading = item.querySelector('h3')!.getBoundingClientRect();
					const mark = item.querySelector('.permalink')!.getBoundingClientRect();
					return { id: item.id, markTop: mark.top, headingTop: heading.top, headingBottom: heading.bottom, markBottom: mark.bottom };
				}),
			);
		for (const row of rows) {
			expect(row.markTop, row.id).toBeGreaterThanOrEqual(row.headingTop - 4);
			expect(row.markBottom, row.id).toBeLessThanOrEqual(row.headingBottom + 4);
		}
	});
}
