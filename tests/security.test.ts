import { budgetFor, expect, test } from './support/fixtures';
import { policyOf } from './support/html';
import { sitePages } from '../catalog/pages';
import { search } from './support/search';

/** The directives every page's policy must hold: nothing off the origin, no inline script. */
const REQUIRED = ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "base-uri 'self'"];

test('every page carries a Content-Security-Policy that allows no inline script and nothing off the origin', async ({ request }) => {
	test.setTimeout(budgetFor(sitePages.length, 200));
	for (const sitePage of sitePages) {
		const html = await (await request.get(sitePage.path)).text();
		const policy = policyOf(html);
		expect(policy, `${sitePage.name} has a policy`).toBeDefined();
		const directives = policy!.split(/;\s*/);
		for (const directive of REQUIRED) expect(directives, sitePage.name).toContain(directive);
		expect(policy, sitePage.name).not.toMatch(/unsafe-inline|(?<!wasm-)unsafe-eval|https?:|data:|\*/);
		// A JSON data block (the checker's rules) is not script: browsers never run it, and CSP does not apply to it.
		expect(html, `${sitePage.name} has no inline script`).not.toMatch(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/json")[^>]*>/);
		expect(html, `${sitePage.name} has no inline event handler`).not.toMatch(/\son[a-z]+="/);
	}
});

for (const query of ['<img src=x onerror=alert(1)>', '"><script>alert(1)</script>', "'><svg onload=alert(1)>"]) {
	test(`the search shows ${query} as text and runs nothing`, async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		await page.goto('./');
		await search(page, query);
		await expect(page.getByRole('status')).toContainText(`“${query}”`);
		await expect(page.locator('site-search .search-results').locator('img, script, svg')).toHaveCount(0);
		await page.goto(`search/?q=${encodeURIComponent(query)}`);
		await expect(page.getByRole('searchbox', { name: 'Search status codes' })).toHaveValue(query);
		await expect(page.getByRole('status')).toContainText(`“${query}”`);
		expect(dialogs).toEqual([]);
	});
}
