// Each code page's "In your code" table is checked by tests/code-pages.test.ts (support/code-page/names-in-code.ts).
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { constantRows, otherNames } from '../catalog/constants';
import { search } from './support/search';
import { ECOSYSTEMS } from '../src/lib/ecosystems';

const find = (code: number) => codes.find((c) => c.code === code)!;

test.describe('search finds a code by its name in any ecosystem', () => {
	const cases: [string, string, number][] = [
		['Go', 'StatusTeapot', 418],
		['Symfony', 'HTTP_UNPROCESSABLE_ENTITY', 422],
		['Python', 'UNPROCESSABLE_CONTENT', 422],
		['ASP.NET Core', 'Status422UnprocessableEntity', 422],
		['Rack', 'unprocessable_entity', 422],
		['Spring', 'HttpStatus.PAYLOAD_TOO_LARGE', 413],
	];
	for (const [ecosystem, name, code] of cases) {
		test(`searching ${ecosystem}'s ${name} puts ${find(code).title} first`, { tag: BASE_PATH_TAG }, async ({ page }) => {
			await page.goto('./');
			const results = await search(page, name);
			await expect(results.getByRole('option').first()).toHaveAccessibleName(find(code).title);
		});
	}
});

test('/codes.json carries every code’s names as the data copy gives them', async ({ request }) => {
	const body = (await (await request.get('codes.json')).json()) as {
		codes: { code: number; constants: Record<string, { name: string | null; otherNames: string[]; text?: string | null }> }[];
	};
	for (const entry of body.codes) {
		const row = constantRows.get(entry.code)!;
		for (const ecosystem of ECOSYSTEMS) {
			const exported = entry.constants[ecosystem.id]!;
			if (ecosystem.id === 'node') expect(exported.text, `${entry.code} node`).toBe(row.node || null);
			else expect(exported.name, `${entry.code} ${ecosystem.id}`).toBe(row[ecosystem.id] || null);
			expect(exported.otherNames, `${entry.code} ${ecosystem.id}`).toEqual(expect.arrayContaining(otherNames(row, ecosystem.id)));
		}
	}
});
