import { expect, test } from './support/fixtures';
import { sitePages } from './support/pages';
import { doubledWord } from './support/words';

test('the doubled-word check finds "the the" and passes ordinary prose', () => {
	expect(doubledWord('Send it to the the server.')).toBe('the the');
	expect(doubledWord('That is The the end.')).toBe('The the');
	expect(doubledWord('Send 404 when nothing answers, then the 410.')).toBeUndefined();
	expect(doubledWord('Related codes\nCodes people confuse')).toBeUndefined();
});

// One test per built page: the text a reader sees, as the browser lays it out.
for (const sitePage of sitePages) {
	test(`${sitePage.name} has no doubled word`, async ({ page }) => {
		await page.goto(sitePage.path);
		const text = await page.locator('body').innerText();
		expect(doubledWord(text), `a doubled word on ${sitePage.name}`).toBeUndefined();
	});
}
