// One load of every built page, for what each page must be whatever it holds: accessible in both color schemes,
// and free of doubled words. The doubled-word check itself is tested in tests/unit/descriptions.test.ts.
import { expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';
import { sitePages } from '../catalog/pages';
import { doubledWord } from './support/words';

for (const sitePage of sitePages) {
	test(`${sitePage.name} has no accessibility violations in either color scheme, and no doubled word`, async ({ readingPage: page }) => {
		await page.goto(sitePage.path);
		await test.step('no doubled word in the text a reader sees, as the browser lays it out', async () => {
			expect.soft(doubledWord(await page.locator('body').innerText()), `a doubled word on ${sitePage.name}`).toBeUndefined();
		});
		await test.step('no accessibility violations in the light or the dark color scheme', () => expectNoViolations(page));
	});
}
