import { expect, test } from './support/fixtures';
import { specUrl } from '../src/lib/spec';
import { codes, plain } from './support/content';

type Facts = {
	spec: { document: string; section?: string };
	status: string;
	cacheable: boolean;
	headers: { field: string; strength: string }[];
	example?: { request: string; response: string };
	plone: { glossary: boolean; returns: { method: string; endpoint: string }[] };
	related: string[];
	aliases: string[];
};

for (const code of codes) {
	const facts = code.data as unknown as Facts;
	test(`the ${code.title} page shows its facts block with its spec link`, async ({ page }) => {
		await page.goto(`${code.anchor}/`);
		const fact = (term: string) => page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
		await expect(page.getByRole('term')).toContainText(['Defined in', 'Class', 'Cacheable by default', 'Header rules', 'plone.restapi']);
		await expect(fact('Defined in').getByRole('link')).toHaveAttribute('href', specUrl(facts.spec));
		await expect(fact('Cacheable by default')).toContainText(facts.cacheable ? 'Yes' : 'No');
		if (facts.status === 'permanent') await expect(page.getByRole('term').filter({ hasText: 'Registry status' })).toHaveCount(0);
		else await expect(fact('Registry status')).toContainText(new RegExp(`^${facts.status}`, 'i'));
		const rules = fact('Header rules').getByRole('listitem');
		if (facts.headers.length === 0) await expect(fact('Header rules')).toContainText('None');
		else await expect(rules).toHaveText(facts.headers.map((h) => new RegExp(`^${h.strength}\\s+${h.field}\\s`)));
		const plone = fact('plone.restapi');
		if (facts.plone.returns.length) {
			await expect(plone).toContainText('Returned by plone.restapi');
			await expect(page.getByRole('heading', { level: 2, name: 'In plone.restapi' })).toBeVisible();
		} else await expect(plone).toContainText(facts.plone.glossary ? 'Listed on plone.restapi' : 'Not returned by plone.restapi');
		if (facts.aliases.length) await expect(fact('Also known as')).toHaveText(facts.aliases.join(', '));
	});

	if (facts.example) {
		test(`the ${code.title} page shows its example exchange`, async ({ page }) => {
			await page.goto(`${code.anchor}/`);
			const example = page.getByRole('region', { name: 'Example' });
			const blocks = example.locator('pre');
			await expect(blocks).toHaveCount(2);
			expect(plain(await blocks.nth(0).innerText())).toBe(plain(facts.example!.request));
			expect(plain(await blocks.nth(1).innerText())).toBe(plain(facts.example!.response));
			expect(facts.example!.response).toMatch(/^HTTP\/\d(\.\d)? \d{3} /);
		});
	}

	if (facts.related.length) {
		test(`every related-code link on the ${code.title} page resolves`, async ({ page, request }) => {
			await page.goto(`${code.anchor}/`);
			const links = page.getByRole('region', { name: 'Related codes' }).getByRole('listitem').getByRole('link');
			await expect(links).toHaveCount(facts.related.length);
			for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
				expect((await request.get(href)).status(), href).toBe(200);
			}
		});
	}
}
