import { specCitation, specUrl } from '../src/lib/spec';
import { expect, test } from './support/fixtures';
import { classes, codes, firstSentence, plain } from '../catalog/content';
import { CACHE_WORD } from './support/facts';
import { checkNamesInCode } from './support/code-page/names-in-code';
import { checkProseLinks, codesNamedBy } from './support/code-page/prose-links';
import { checkSituations } from './support/code-page/situations';

// One page load per code, one step per thing a reader looks for on it: a page load costs more than most checks.
for (const [i, code] of codes.entries()) {
	const facts = code.data;
	const named = codesNamedBy(code);
	test(`the ${code.title} page shows its heading, description, facts, example, related codes, situations and names in code`, async ({
		readingPage: page,
		request,
	}) => {
		const response = await page.goto(code.path);

		await test.step('it answers 200 and renders its heading with its anchor', async () => {
			expect(response?.status()).toBe(200);
			const heading = page.getByRole('heading', { level: 1 });
			await expect(heading).toHaveText(code.title);
			await expect(heading).toHaveAttribute('id', code.anchor);
			expect(await page.title()).toBe(`${code.title} · HTTP Status Codes`);
		});

		await test.step('it shows its description and links to its class', async () => {
			const article = page.getByRole('article');
			expect(plain(await article.innerText())).toContain(firstSentence(code.body));
			const codeClass = classes.find((c) => c.id === code.class)!;
			const classLinks = article.getByRole('link', { name: `${codeClass.id} ${codeClass.phrase}`, exact: true });
			await expect(classLinks.first()).toBeVisible();
			for (const href of await classLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
				expect(href).toMatch(new RegExp(`/#${codeClass.anchor}$`));
		});

		await test.step('its facts block shows the spec link, status, cacheability, header rules, plone.restapi use and names', async () => {
			const fact = (term: string) =>
				page
					.getByRole('term')
					.filter({ hasText: new RegExp(`^${term}$`) })
					.locator('xpath=following-sibling::dd[1]');
			await expect(page.getByRole('term')).toContainText(['Defined in', 'Class', 'Cacheable by default', 'Header rules', 'plone.restapi']);
			await expect(fact('Defined in').getByRole('link')).toHaveAttribute('href', specUrl(facts.spec));
			await expect(fact('Cacheable by default')).toHaveText(new RegExp(`^${CACHE_WORD[facts.cacheable.state]}:`));
			await expect(fact('Cacheable by default').getByRole('link')).toHaveAttribute('href', specUrl(facts.cacheable.source));
			if (facts.status === 'permanent') await expect(page.getByRole('term').filter({ hasText: 'Registry status' })).toHaveCount(0);
			else await expect(fact('Registry status')).toContainText(new RegExp(`^${facts.status}`, 'i'));
			if (facts.headers.length === 0) await expect(fact('Header rules')).toContainText('None');
			for (const h of facts.headers) {
				// A rule's item, or the item of the group it sits in, names its strength and links its source.
				const item = fact('Header rules')
					.getByRole('listitem')
					.filter({ has: page.getByRole('code').filter({ hasText: new RegExp(`^${h.field}$`) }) })
					.first();
				await expect(item).toContainText(new RegExp(`^${h.strength}\\s`));
				await expect(item).toContainText(h.rule.replace(/`/g, ''));
				await expect(item.getByRole('link', { name: specCitation(h.source), exact: true }).first()).toHaveAttribute(
					'href',
					specUrl(h.source),
				);
			}
			const plone = fact('plone.restapi');
			if (facts.plone.returns.length) {
				await expect(plone).toContainText('Returned by plone.restapi');
				await expect(page.getByRole('region', { name: 'In plone.restapi' }).getByRole('listitem')).toHaveCount(facts.plone.returns.length);
			} else await expect(plone).toContainText(facts.plone.glossary ? 'Listed on plone.restapi' : 'Not returned by plone.restapi');
			if (facts.aliases.length) await expect(fact('Also known as')).toHaveText(facts.aliases.join(', '));
		});

		await test.step('it shows its example exchange', async () => {
			const blocks = page.getByRole('region', { name: 'Example' }).locator('pre');
			if (!facts.example) return expect(blocks).toHaveCount(0);
			await expect(blocks).toHaveCount(2);
			expect(plain(await blocks.nth(0).innerText())).toBe(plain(facts.example.request));
			expect(plain(await blocks.nth(1).innerText())).toBe(plain(facts.example.response));
		});

		await test.step('every related-code link resolves', async () => {
			const links = page.getByRole('region', { name: 'Related codes' }).getByRole('listitem').getByRole('link');
			await expect(links).toHaveCount(facts.related.length);
			for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
				expect((await request.get(href)).status(), href).toBe(200);
			}
		});

		await test.step('it links to the previous and next codes', async () => {
			const nav = page.getByRole('navigation', { name: 'Previous and next codes' });
			const prev = codes[i - 1];
			const next = codes[i + 1];
			if (prev)
				await expect(nav.getByRole('link', { name: `Previous ${prev.title}` })).toHaveAttribute('href', new RegExp(`/${prev.path}$`));
			if (next) await expect(nav.getByRole('link', { name: `Next ${next.title}` })).toHaveAttribute('href', new RegExp(`/${next.path}$`));
			await expect(nav.getByRole('link')).toHaveCount(Number(!!prev) + Number(!!next));
		});

		await test.step('it lists when to send it, and links the right code for each "not when"', () => checkSituations(page, code));

		await test.step(`its description links the codes it names (${named.join(', ') || 'none'})`, () => checkProseLinks(page, code));

		// Last: it leaves the page at phone size.
		await test.step('on a phone it names the code in all eleven ecosystems, and nothing is wider than the phone', () =>
			checkNamesInCode(page, code));
	});
}
