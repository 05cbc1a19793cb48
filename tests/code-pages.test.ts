import { expect, test } from './support/fixtures';
import { classes, codes, firstSentence, plain } from './support/content';

for (const [i, code] of codes.entries()) {
	test.describe(`the ${code.title} page`, () => {
		test('answers 200 at its anchor URL and renders its heading and anchor', async ({ page }) => {
			const response = await page.goto(`${code.anchor}/`);
			expect(response?.status()).toBe(200);
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading).toHaveText(code.title);
			await expect(heading).toHaveAttribute('id', code.anchor);
			await expect(page).toHaveTitle(new RegExp(`^${code.title.replace(/[()]/g, '\\$&')} ·`));
		});

		test('shows its description and links to its class and neighbours', async ({ page }) => {
			await page.goto(`${code.anchor}/`);
			const article = page.getByRole('article');
			expect(plain(await article.innerText())).toContain(firstSentence(code.body));
			const codeClass = classes.find((c) => c.id === code.class)!;
			const classLinks = article.getByRole('link', { name: `${codeClass.id} ${codeClass.phrase}`, exact: true });
			await expect(classLinks.first()).toBeVisible();
			for (const href of await classLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(new RegExp(`/#${codeClass.anchor}$`));
			const nav = page.getByRole('navigation', { name: 'Previous and next codes' });
			const prev = codes[i - 1];
			const next = codes[i + 1];
			if (prev) await expect(nav.getByRole('link', { name: `Previous ${prev.title}` })).toHaveAttribute('href', new RegExp(`/${prev.anchor}/$`));
			if (next) await expect(nav.getByRole('link', { name: `Next ${next.title}` })).toHaveAttribute('href', new RegExp(`/${next.anchor}/$`));
			await expect(nav.getByRole('link')).toHaveCount(Number(!!prev) + Number(!!next));
		});
	});
}
