import { expect, test } from './support/fixtures';
import { sitePages } from './support/pages';
import { doubledWord } from './support/words';

// One test per built page: the text a reader sees, as the browser lays it out. The check itself is tested
// in tests/unit/descriptions.test.ts.
for (const sitePage of sitePages) {
	test(`${sitePage.name} has no doubled word`, async ({ readingPage: page }) => {
		await page.goto(sitePage.path);
		const text = await page.locator('body').innerText();
		expect(doubledWord(text), `a doubled word on ${sitePage.name}`).toBeUndefined();
	});
}
