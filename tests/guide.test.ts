// Generated from content/guide.yaml: one walk per answer, clicking the choices from the first question down,
// then on to the code's page and back through its "In the guide" link.
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { guidePaths, questionPath } from '../catalog/guide';

const titleOf = (code: number) => codes.find((c) => c.code === code)!;
/** The deepest walk: the one the sub-path build and the no-JavaScript run repeat. */
const deepest = guidePaths.reduce((a, b) => (b.steps.length > a.steps.length ? b : a));

for (const { answer, steps } of guidePaths) {
	const code = titleOf(answer.code);
	const last = steps.at(-1)!;
	test(
		`the guide leads from its first question to ${code.title} ("${answer.id}") and on to the code's page`,
		{ tag: answer === deepest.answer ? BASE_PATH_TAG : [] },
		async ({ readingPage: page }) => {
			await page.goto('guide/');
			for (const step of steps) {
				await page.getByRole('link', { name: step.choice.label, exact: true }).click();
			}
			await expect(page).toHaveURL(new RegExp(`/${questionPath(last.question.id)}#${answer.id}$`));
			const heading = page.getByRole('heading', { name: `Send ${code.title}`, exact: true });
			await expect(heading).toBeInViewport();
			const section = page.getByRole('region', { name: `Send ${code.title}`, exact: true });
			await expect(section.getByRole('link', { name: titleOf(answer.runnerUp.code).title, exact: true })).toBeVisible();
			await section.getByRole('link', { name: `Everything about ${code.title}`, exact: true }).click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(code.title);
			await page.getByRole('region', { name: 'In the guide' }).getByRole('link', { name: last.question.question, exact: true }).click();
			await expect(page).toHaveURL(new RegExp(`/${questionPath(last.question.id)}#${answer.id}$`));
			await expect(heading).toBeInViewport();
		},
	);
}

test('the back button goes back a question, and every step of the way names the answers so far', async ({ page }) => {
	const [first, second] = deepest.steps;
	await page.goto('guide/');
	await page.getByRole('link', { name: first!.choice.label, exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.question.question);
	await page.getByRole('link', { name: second!.choice.label, exact: true }).click();
	const trail = page.getByRole('navigation', { name: 'Your answers so far' });
	await expect(trail.getByRole('listitem')).toHaveCount(2);
	await expect(trail).toContainText(second!.choice.label);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(second!.question.question);
	await page.goBack();
	await expect(page.getByRole('heading', { level: 2, name: first!.question.question })).toBeVisible();
});

test('the header links every page to the guide', { tag: BASE_PATH_TAG }, async ({ readingPage: page }) => {
	await page.goto(codes[0]!.path);
	await page.getByRole('banner').getByRole('link', { name: 'Which code should I send?' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which status code should I send?');
});

test.describe('without JavaScript', () => {
	test(`the guide's deepest path, to ${titleOf(deepest.answer.code).title}, works with plain links`, async ({ noScriptPage: page }) => {
		await page.goto('guide/');
		for (const step of deepest.steps) await page.getByRole('link', { name: step.choice.label, exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`#${deepest.answer.id}$`));
		await expect(page.getByRole('heading', { name: `Send ${titleOf(deepest.answer.code).title}`, exact: true })).toBeInViewport();
	});
});
