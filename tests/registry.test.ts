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

// The seed's sentences are plone.restapi's glossary: each sits word for word in its entry's `plone.glossary`,
// which the pages show as a quotation with its source (tests/glossary.test.ts checks the pages).
test("the seed page's sentences are each entry's plone.restapi glossary text, word for word", () => {
	const seed = seedTexts();
	expect(seed.size).toBeGreaterThanOrEqual(12);
	const glossaryOf = (data: Record<string, unknown> | undefined) => (data?.plone as { glossary?: unknown } | undefined)?.glossary;
	for (const [id, text] of seed) {
		const entry = /xx$/.test(id) ? classes.find((c) => c.id === id) : byCode.get(Number(id));
		expect(entry, `the seed's ${id} has a content file`).toBeDefined();
		expect(glossaryOf(entry!.data), `the seed's ${id}: plone.glossary`).toBe(text);
	}
	const glossary = [...codes, ...classes].filter((c) => glossaryOf(c.data)).map((c) => ('code' in c ? String(c.code) : c.id));
	expect(glossary.sort()).toEqual([...seed.keys()].sort());
});

test('the registry copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', 'data', 'README.md'), 'utf8');
	expect(readme).toMatch(/iana\.org\/assignments\/http-status-codes/);
	expect(readme).toMatch(/copied on \d{4}-\d{2}-\d{2}/);
});
