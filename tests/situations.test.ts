// Each code page's situations are checked by tests/code-pages.test.ts (support/code-page/situations.ts).
import { expect, test } from './support/fixtures';
import { codes } from '../catalog/content';

/** The frontmatter fields this feature adds. */
const byCode = new Map(codes.map((c) => [String(c.code), c]));

test('a "not when" link opens the code to send instead', async ({ readingPage: page }) => {
	const code = codes.find((c) => c.data.notWhen.length > 0)!;
	await page.goto(code.path);
	const section = page.getByRole('region', { name: 'Send it when' });
	await section
		.getByRole('listitem')
		.filter({ has: page.getByRole('link') })
		.first()
		.getByRole('link')
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(byCode.get(code.data.notWhen[0]!.code.id)!.title);
});

test('/codes.json carries each code\'s situations and "not when" codes, for the guide and other tools', async ({ request }) => {
	const body = (await (await request.get('codes.json')).json()) as {
		codes: { code: number; situations: string[]; notWhen: { code: number; why: string }[] }[];
	};
	for (const code of codes) {
		const { situations, notWhen } = code.data;
		const entry = body.codes.find((c) => c.code === code.code);
		expect(entry, String(code.code)).toMatchObject({
			situations,
			notWhen: notWhen.map(({ code: other, why }) => ({ code: Number(other.id), why })),
		});
	}
});
