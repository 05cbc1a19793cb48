import { expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { searchField } from './support/search';

const page404 = codes.find((c) => c.code === 404)!.path;

test('the first Tab reaches "Skip to content", which moves focus to the main content', async ({ page }) => {
	await page.goto(page404);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
});

test('every link and control on a code page is reachable by Tab and shows its focus', async ({ page }) => {
	await page.goto(page404);
	/** Numbers every shown link and control in the Tab order, in document order; returns how many there are. */
	const markControls = () =>
		page.locator('a[href], button, input, select, [tabindex="0"]').evaluateAll((els) => {
			// The search's notes (shown while it loads or when it fails) stay hidden while search works.
			const tabbable = els.filter((el) => (el as HTMLElement).tabIndex >= 0 && el.checkVisibility());
			tabbable.forEach((el, i) => el.setAttribute('data-control', String(i)));
			return tabbable.length;
		});
	let controls = await markControls();
	const box = searchField(page);
	const seen = new Set<string>();
	for (let i = 0; i < controls + 2; i++) {
		await page.keyboard.press('Tab');
		if (await box.evaluate((el) => el === document.activeElement)) {
			// Focus loads the search, and passing through the empty field opens nothing: no popup, no filters, no
			// Tab stop added (counted again once the search is ready, in case one were).
			await expect(page.locator('body')).toHaveAttribute('data-search', '');
			await expect(page.getByRole('button', { name: /^Filters/ })).toBeHidden();
			controls = await markControls();
		}
		const focused = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return null;
			const style = getComputedStyle(el);
			const rect = el.getBoundingClientRect();
			return {
				key: `${el.getAttribute('data-control')} ${el.tagName} ${el.getAttribute('href') ?? el.id}`,
				outline: style.outlineStyle,
				width: parseFloat(style.outlineWidth),
				visible: rect.width > 0 && rect.height > 0,
				opacity: style.opacity,
			};
		});
		if (!focused) continue;
		expect(focused.outline, `${focused.key} shows a focus outline`).not.toBe('none');
		expect(focused.width, `${focused.key} focus outline width`).toBeGreaterThanOrEqual(2);
		expect(focused.visible && focused.opacity !== '0', `${focused.key} is visible when focused`).toBe(true);
		seen.add(focused.key);
	}
	expect(seen.size).toBe(controls);
});

test('in-page jumps scroll smoothly once the reader is on the page, and reduced motion turns that off', async ({ page }) => {
	const scrollBehavior = () => page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	await page.goto('./');
	// A fresh load jumps straight to its #fragment: nothing has focus yet.
	expect(await scrollBehavior()).toBe('auto');
	await page.keyboard.press('Tab');
	expect(await scrollBehavior()).toBe('smooth');
	await page.emulateMedia({ reducedMotion: 'reduce' });
	expect(await scrollBehavior()).toBe('auto');
});

test('a pasted deep link lands on its entry at once, without an animated scroll', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'no-preference' });
	const last = codes.at(-1)!;
	await page.goto(`#${last.anchor}`);
	const landed = await page.evaluate(() => scrollY);
	expect(landed).toBeGreaterThan(0);
	// Read again a frame later: an animated scroll would still be moving.
	expect(
		await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY))))),
	).toBe(landed);
});
