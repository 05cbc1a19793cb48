// Generated from content/compare/: each comparison page read once, as a developer in a review thread reads it;
// then the ways in (the header, the index, "Compare with" on a code page).
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { comparisons } from '../catalog/compare';
import { codes } from '../catalog/content';
import { guideQuestions, questionPath } from '../catalog/guide';
import { COMPARE_INDEX_PATH } from '../src/lib/compare';

for (const [i, c] of comparisons.entries()) {
	test(
		`the "${c.data.title}" comparison shows its table, the same request each way, what large APIs choose and the guide's question`,
		{ tag: i === 0 ? BASE_PATH_TAG : [] },
		async ({ readingPage: page }) => {
			await page.goto(c.path);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.data.title);

			await test.step('the table has a column per code, each linking its page', async () => {
				const table = page.getByRole('table', { name: `${c.data.title} at a glance` });
				const columns = table.getByRole('columnheader');
				await expect(columns).toHaveText(c.codes.map((x) => x.title));
				for (const x of c.codes)
					await expect(columns.getByRole('link', { name: x.title })).toHaveAttribute('href', new RegExp(`/${x.path}$`));
				await expect(table.getByRole('rowheader', { name: 'Means' })).toBeVisible();
				await expect(table.getByRole('row', { name: /^Means/ }).getByRole('cell')).toHaveText(c.codes.map((x) => x.summary));
			});

			await test.step('one exchange per code, in the same scenario', async () => {
				const section = page.getByRole('region', { name: 'The same request, each code' });
				await expect(section.getByRole('heading', { level: 3 })).toHaveText(c.examples.map((e) => e.code.title));
			});

			await test.step('what large APIs choose, each linked to its own document', async () => {
				const section = page.getByRole('region', { name: 'What large APIs choose' });
				for (const g of c.data.guidelines)
					await expect(section.getByRole('link', { name: g.who, exact: true })).toHaveAttribute('href', g.url);
			});

			await test.step("the guide's question that settles the same choice", async () => {
				const question = guideQuestions.find((q) => q.id === c.data.guide)!;
				await page.getByRole('link', { name: "Walk through the guide's question" }).click();
				await expect(page).toHaveURL(new RegExp(`/${questionPath(question.id)}$`));
				await expect(page.getByRole('heading', { level: 1 })).toHaveText(question.question);
			});
		},
	);
}

test(
	'the header leads to the comparisons, the index lists them all, and a compared code links back',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		await page.goto('');
		await page.getByRole('banner').getByRole('link', { name: 'Compare codes' }).click();
		await expect(page).toHaveURL(new RegExp(`/${COMPARE_INDEX_PATH}$`));
		const list = page.getByRole('main').getByRole('listitem').getByRole('link');
		await expect(list).toHaveText(comparisons.map((c) => c.data.title));

		const auth = comparisons.find((c) => c.id === '401-403-404')!;
		const code = codes.find((x) => x.code === 403)!;
		await page.goto(code.path);
		await page.getByRole('region', { name: 'Compare with' }).getByRole('link', { name: auth.data.title }).click();
		await expect(page).toHaveURL(new RegExp(`/${auth.path}$`));
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(auth.data.title);
	},
);
