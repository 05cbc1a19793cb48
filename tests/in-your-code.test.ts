import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { codes } from './support/content';
import { constantRows, otherNames } from './support/constants';
import { search } from './support/search';
import { ECOSYSTEMS } from '../src/lib/ecosystems';

const find = (code: number) => codes.find((c) => c.code === code)!;

// The Zope classes that keep their code under an exception view, as data/framework-constants.md lists them.
const zopeRule = /only (`\w+`(?:, `\w+`)*,? and `\w+`) keep their own code/.exec(
	readFileSync(join(import.meta.dirname, '..', 'data', 'framework-constants.md'), 'utf8').replace(/\s+/g, ' '),
);
const zopeKeeps = [...(zopeRule?.[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);

test.describe('each code page shows the names data/framework-constants.tsv gives it, on a 390 px phone', () => {
	for (const code of codes) {
		test(`the ${code.title} page names the code in all eleven ecosystems`, async ({ readingPage: page }) => {
			// tests/unit/constants.test.ts checks that every code has a row.
			const row = constantRows.get(code.code)!;
			await page.setViewportSize({ width: 390, height: 844 });
			await page.goto(`${code.anchor}/`);
			// The table read once, row by row: the ecosystem's label, the cell's text and the names it sets as code.
			const lines = await page
				.getByRole('region', { name: 'In your code' })
				.getByRole('table')
				.getByRole('row')
				.evaluateAll((rows) =>
					rows.map((row) => ({
						label: row.querySelector('th')?.textContent ?? '',
						text: (row.querySelector('td')?.textContent ?? '').replace(/\s+/g, ' '),
						code: [...row.querySelectorAll('td code')].map((c) => c.textContent ?? ''),
					})),
				);
			expect(lines).toHaveLength(ECOSYSTEMS.length + 1);

			for (const [i, ecosystem] of ECOSYSTEMS.entries()) {
				const line = lines[i + 1]!;
				const name = row[ecosystem.id]!;
				const where = `${ecosystem.label}: ${line.text}`;
				expect.soft(line.label, where).toContain(ecosystem.label);
				if (ecosystem.id === 'node') {
					// The real runtime, not the copy: this Node's own table.
					expect.soft(name || undefined, "the data's Node column is what this Node's http.STATUS_CODES says").toBe(STATUS_CODES[code.code]);
					expect.soft(line.text, where).toContain('No constant: use the number');
					expect
						.soft(line.text, where)
						.toContain(name ? `http.STATUS_CODES[${code.code}] is “${name}”` : `http.STATUS_CODES[${code.code}] is undefined`);
				} else if (name) {
					expect.soft(line.code[0], where).toBe(name);
					if (ecosystem.id === 'zope')
						expect
							.soft(line.text, where)
							.toContain(zopeKeeps.includes(name.split('.').pop()!) ? `Plone answers ${code.code}` : 'gives 500');
				} else {
					expect.soft(line.text, where).toContain('No constant: use the number');
				}
				for (const other of otherNames(row, ecosystem.id))
					expect
						.soft(
							line.code.filter((c) => c === other),
							where,
						)
						.toHaveLength(1);
			}

			await test.step('nothing is wider than the phone', async () => {
				const overflow = await page.evaluate(() => {
					const width = document.documentElement.clientWidth;
					// Content inside a box that scrolls or clips on its own (an example exchange) does not widen the page.
					const contained = (el: Element) => {
						for (let up = el.parentElement; up && up !== document.body; up = up.parentElement) {
							if (getComputedStyle(up).overflowX !== 'visible') return true;
						}
						return false;
					};
					const wide = [...document.querySelectorAll('body *')].filter((el) => {
						const box = el.getBoundingClientRect();
						return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5) && (!contained(el) || el.closest('.in-your-code'));
					});
					return {
						scroll: document.documentElement.scrollWidth,
						width,
						wide: wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`),
					};
				});
				expect(overflow.wide, 'elements reaching past the viewport').toEqual([]);
				expect(overflow.scroll, 'page width').toBeLessThanOrEqual(overflow.width);
			});
		});
	}
});

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
