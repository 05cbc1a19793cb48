import { expect, test } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classes, codes } from './support/content';
import { parseHeaderRule, registry, seedTexts } from './support/registry';

const byCode = new Map(codes.map((c) => [c.code, c]));

test('every registered code has a page, and every page a registered code', () => {
	expect(codes.map((c) => c.code)).toEqual(registry.map((r) => r.code));
});

test.describe('each code agrees with the IANA registry', () => {
	for (const row of registry) {
		test(`${row.code} matches its registry entry`, () => {
			const code = byCode.get(row.code);
			expect(code, `content/codes/${row.code}.mdx is missing`).toBeDefined();
			const data = code!.data as Record<string, any>;
			expect(data.phrase, 'reason phrase').toBe(row.phrase);
			expect(data.spec?.document, 'spec document').toBe(row.spec);
			expect(data.spec?.section ?? '', 'spec section').toBe(row.section);
			expect(data.status ?? 'permanent', 'registry status').toBe(row.status.split(' ')[0]);
			expect(data.cacheable, 'heuristically cacheable').toBe(row.cacheable);
			const expected = parseHeaderRule(row.headerRule).flatMap(({ strength, fields }) => fields.map((field) => `${strength} ${field}`));
			const actual = ((data.headers ?? []) as { field: string; strength: string }[]).map((h) => `${h.strength} ${h.field}`);
			expect(actual.sort(), 'header rules').toEqual(expected.sort());
		});
	}
});

test("the seed page's descriptions are on the site word for word", () => {
	const seed = seedTexts();
	expect(seed.size).toBeGreaterThanOrEqual(12);
	for (const [id, text] of seed) {
		const entry = /xx$/.test(id) ? classes.find((c) => c.id === id) : byCode.get(Number(id));
		expect(entry?.body, `the seed's ${id}`).toBe(text);
		if (!/xx$/.test(id)) expect((byCode.get(Number(id))!.data.plone as { glossary: boolean }).glossary, `${id} is in plone.restapi's glossary`).toBe(true);
	}
	const glossary = codes.filter((c) => (c.data.plone as { glossary?: boolean } | undefined)?.glossary).map((c) => String(c.code));
	expect(glossary.sort()).toEqual([...seed.keys()].filter((id) => !/xx$/.test(id)).sort());
});

test('the registry copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', 'data', 'README.md'), 'utf8');
	expect(readme).toMatch(/iana\.org\/assignments\/http-status-codes/);
	expect(readme).toMatch(/copied on \d{4}-\d{2}-\d{2}/);
});
