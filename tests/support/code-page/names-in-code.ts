// On a code page, the "In your code" table: the names data/framework-constants.tsv gives the code in each
// ecosystem, read on a 390 px phone, where nothing may reach past the screen.
import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { ECOSYSTEMS } from '../../../src/lib/ecosystems.ts';
import { columnRows, constantRows, otherNames } from '../../../catalog/constants.ts';
import type { TestCode } from '../../../catalog/content.ts';

// The Zope classes that keep their code under an exception view, as data/framework-constants.md lists them.
const zopeRule = /only (`\w+`(?:, `\w+`)*,? and `\w+`) keep their own code/.exec(
	readFileSync(join(import.meta.dirname, '..', '..', '..', 'data', 'framework-constants.md'), 'utf8').replace(/\s+/g, ' '),
);
const zopeKeeps = [...(zopeRule?.[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);

/** Checks the page's names in every ecosystem against the data copy, and its width, on a phone; leaves the page at phone size. */
export async function checkNamesInCode(page: Page, code: TestCode): Promise<void> {
	await page.setViewportSize({ width: 390, height: 844 });
	// tests/unit/constants.test.ts checks that every code has a row.
	const row = constantRows.get(code.code)!;
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
		// The label names the released version the column is read from (data/framework-constants.columns.tsv).
		const version = `${'product' in ecosystem ? `${ecosystem.product} ` : ''}${columnRows.get(ecosystem.id)!.version}`;
		expect.soft(line.label.replace(/\s+/g, ' ').trim(), where).toBe(`${ecosystem.label} ${version}`);
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
				expect.soft(line.text, where).toContain(zopeKeeps.includes(name.split('.').pop()!) ? `Plone answers ${code.code}` : 'gives 500');
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

	// Nothing is wider than the phone.
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
}
