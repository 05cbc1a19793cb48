import { expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { factsOf, sharedConditions } from './support/facts';
import { CACHE_FILTER } from '../src/lib/cacheability';
import { optionNames, search, searchField } from './support/search';
import { specCitation, specUrl } from '../src/lib/spec';
import type { Page } from '@playwright/test';

/** The value next to a term of the facts block. */
const fact = (page: Page, term: string) =>
	page
		.getByRole('term')
		.filter({ hasText: new RegExp(`^${term}$`) })
		.locator('xpath=following-sibling::dd[1]');

const grouped = codes.filter((c) => sharedConditions(factsOf(c).headers).size > 0);

test('304 is among the codes whose header rules share a condition', () => {
	expect(grouped.map((c) => c.code)).toContain(304);
});

for (const code of grouped) {
	test(`the ${code.title} page states each shared condition once, with its rules listed under it`, async ({ readingPage: page }) => {
		await page.goto(code.path);
		const rules = fact(page, 'Header rules');
		for (const [when, members] of sharedConditions(factsOf(code).headers)) {
			await expect(rules.getByText(when)).toHaveCount(1);
			const group = rules.getByRole('listitem').filter({ hasText: when });
			await expect(group.getByRole('link', { name: specCitation(members[0]!.source), exact: true })).toHaveAttribute(
				'href',
				specUrl(members[0]!.source),
			);
			const items = group.getByRole('list').getByRole('listitem');
			await expect(items).toHaveCount(members.length);
			for (const [i, rule] of members.entries()) await expect(items.nth(i).getByRole('code').first()).toHaveText(rule.field);
		}
	});
}

test('the "Cacheable by default" search filter offers the three states and narrows to the codes in each', async ({ page }) => {
	const never = codes.filter((c) => factsOf(c).cacheable.state === 'never').map((c) => c.title);
	await page.goto('./');
	const results = await search(page, 'response');
	await page.getByRole('button', { name: 'Filters' }).click();
	const filter = page.getByRole('combobox', { name: 'Cacheable by default' });
	for (const option of Object.values(CACHE_FILTER)) await expect(filter.getByRole('option', { name: option, exact: true })).toBeAttached();
	await filter.selectOption(CACHE_FILTER.never);
	await searchField(page).fill('');
	await expect(page.getByRole('status')).toHaveText(`${never.length} codes match the filters.`);
	expect((await optionNames(results)).sort()).toEqual([...never].sort());
});
