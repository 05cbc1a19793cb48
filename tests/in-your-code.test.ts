import { readFileSync } from 'node:fs';
import { STATUS_CODES } from 'node:http';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { codes } from './support/content';
import { constantRows, otherNames } from './support/constants';
import { search } from './support/search';
import { ECOSYSTEMS, ZOPE_KEEPS_CODE } from '../src/lib/ecosystems';
import { parseConstants } from '../src/lib/framework-constants';
import { codeLines, plainText } from '../src/lib/in-your-code';

const find = (code: number) => codes.find((c) => c.code === code)!;
const exactly = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

// The Zope classes that keep their code under an exception view, as data/framework-constants.md lists them.
const zopeRule = /only (`\w+`(?:, `\w+`)*,? and `\w+`) keep their own code/.exec(readFileSync(join(import.meta.dirname, '..', 'data', 'framework-constants.md'), 'utf8').replace(/\s+/g, ' '));
const zopeKeeps = [...(zopeRule?.[1] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1]!);

test.describe('each code page shows the names data/framework-constants.tsv gives it, on a 390 px phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });
	for (const code of codes) {
		test(`the ${code.title} page names the code in all eleven ecosystems`, async ({ page }) => {
			const row = constantRows.get(code.code);
			expect(row, `data/framework-constants.tsv has a row for ${code.code}`).toBeDefined();
			expect(row!.iana_reason, 'the data copy and the content agree on the phrase').toBe(code.phrase);
			await page.goto(`${code.anchor}/`);
			const table = page.getByRole('region', { name: 'In your code' }).getByRole('table');
			await expect(table.getByRole('row')).toHaveCount(ECOSYSTEMS.length + 1);

			for (const [i, ecosystem] of ECOSYSTEMS.entries()) {
				await test.step(ecosystem.label, async () => {
					const line = table.getByRole('row').nth(i + 1);
					await expect(line.getByRole('rowheader')).toContainText(ecosystem.label);
					const cell = line.getByRole('cell');
					const name = row![ecosystem.id]!;
					if (ecosystem.id === 'node') {
						// The real runtime, not the copy: this Node's own table.
						expect(name || undefined, "the data's Node column is what this Node's http.STATUS_CODES says").toBe(STATUS_CODES[code.code]);
						await expect(cell).toContainText('No constant: use the number');
						await expect(cell).toContainText(name ? `http.STATUS_CODES[${code.code}] is “${name}”` : `http.STATUS_CODES[${code.code}] is undefined`);
					} else if (name) {
						await expect(cell.getByRole('code').first()).toHaveText(name);
						if (ecosystem.id === 'zope') await expect(cell).toContainText(zopeKeeps.includes(name.split('.').pop()!) ? `Plone answers ${code.code}` : 'gives 500');
					} else {
						await expect(cell).toContainText('No constant: use the number');
					}
					for (const other of otherNames(row!, ecosystem.id)) await expect(cell.getByRole('code').filter({ hasText: exactly(other) })).toHaveCount(1);
				});
			}

			await test.step('nothing is wider than the phone', async () => {
				const overflow = await page.evaluate(() => {
					const width = document.documentElement.clientWidth;
					const wide = [...document.querySelectorAll('body *')].filter((el) => {
						const box = el.getBoundingClientRect();
						return box.width > 0 && (box.left < -0.5 || box.right > width + 0.5);
					});
					return { scroll: document.documentElement.scrollWidth, width, wide: wide.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.slice(0, 40)}`) };
				});
				expect(overflow.wide, 'elements reaching past the viewport').toEqual([]);
				expect(overflow.scroll, 'page width').toBeLessThanOrEqual(overflow.width);
			});
		});
	}
});

test('the Zope rule names the classes data/framework-constants.md lists', () => {
	expect(zopeKeeps).toContain('NotFound');
	expect(zopeKeeps).toEqual([...ZOPE_KEEPS_CODE]);
});

test('the Node column of the data copy holds every code this Node knows', () => {
	for (const [code, text] of Object.entries(STATUS_CODES)) expect(constantRows.get(Number(code))?.node, `code ${code}`).toBe(text);
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
		test(`searching ${ecosystem}'s ${name} puts ${find(code).title} first`, async ({ page }) => {
			await page.goto('./');
			const results = await search(page, name);
			await expect(results.getByRole('link').first()).toHaveText(find(code).title);
		});
	}
});

test('/codes.json carries every code’s names as the data copy gives them', async ({ request }) => {
	const body = (await (await request.get('codes.json')).json()) as { codes: { code: number; constants: Record<string, { name: string | null; otherNames: string[]; text?: string | null }> }[] };
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

test.describe('a malformed data row stops the build, naming the file, the line and the column', () => {
	const good = `code\tregistered\tiana_reason\t${ECOSYSTEMS.map((e) => e.id).join('\t')}\tnotes\n`;
	const cells = (overrides: Record<string, string>) => ['418', 'yes', '(Unused)', ...ECOSYSTEMS.map((e) => overrides[e.id] ?? ''), overrides.notes ?? ''].join('\t');
	const cases: [string, string, RegExp][] = [
		['a name in the wrong ecosystem’s spelling', cells({ go: 'HTTPStatus.IM_A_TEAPOT' }), /data\/framework-constants\.tsv: `line 2, column go` is "HTTPStatus\.IM_A_TEAPOT"/],
		['a note of unknown form', cells({ notes: 'python: renamed at some point' }), /`line 2, column notes` has "python: renamed at some point"/],
		['a missing cell', cells({}).split('\t').slice(1).join('\t'), /`line 2` has 14 tab-separated cells instead of 15/],
	];
	for (const [what, line, message] of cases) {
		test(what, () => {
			expect(() => parseConstants(good + line)).toThrow(message);
		});
	}
});

test.describe('the table works for codes the registry lacks, for their pages', () => {
	const rows = parseConstants(readFileSync(join(import.meta.dirname, '..', 'data', 'framework-constants.tsv'), 'utf8'));
	test('509, which only Spring, Node and Rack name, shows those names and their deprecation', () => {
		const lines = codeLines(509, rows.get(509));
		const line = (id: string) => lines.find((l) => l.ecosystem.id === id)!;
		expect(line('java_spring').expression).toBe('HttpStatus.BANDWIDTH_LIMIT_EXCEEDED');
		expect(line('java_spring').notes.map(plainText)).toContain('Deprecated since Spring 7.0.');
		expect(line('ruby_rack').notes.map(plainText).join(' ')).toContain('Obsolete');
		expect(line('node').notes.map(plainText)).toEqual(['http.STATUS_CODES[509] is “Bandwidth Limit Exceeded”.']);
		expect(line('python').expression).toBeUndefined();
	});
	test('a code no framework names, such as 444, has no constant anywhere', () => {
		expect(rows.has(444)).toBe(false);
		expect(codeLines(444, undefined).filter((l) => l.expression)).toEqual([]);
	});
});
