// The content against its outside authorities: the IANA registry copy and plone.restapi's original page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { classes, codes } from '../support/content.ts';
import { parseHeaderRule, registry, seedTexts } from '../support/registry.ts';

const byCode = new Map(codes.map((c) => [c.code, c]));

test('every registered code has a page, and every page a registered code', () => {
	assert.deepEqual(
		codes.map((c) => c.code),
		registry.map((r) => r.code),
	);
});

describe('each code agrees with the IANA registry', () => {
	for (const row of registry) {
		test(`${row.code} matches its registry entry`, () => {
			const code = byCode.get(row.code);
			assert.ok(code, `content/codes/${row.code}.mdx is missing`);
			const data = code.data as Record<string, any>;
			assert.equal(data.phrase, row.phrase, 'reason phrase');
			assert.equal(data.spec?.document, row.spec, 'spec document');
			assert.equal(data.spec?.section ?? '', row.section, 'spec section');
			assert.equal(data.status ?? 'permanent', row.status.split(' ')[0], 'registry status');
			assert.equal(data.cacheable, row.cacheable, 'heuristically cacheable');
			const expected = parseHeaderRule(row.headerRule).flatMap(({ strength, fields }) => fields.map((field) => `${strength} ${field}`));
			const actual = ((data.headers ?? []) as { field: string; strength: string }[]).map((h) => `${h.strength} ${h.field}`);
			assert.deepEqual(actual.sort(), expected.sort(), 'header rules');
		});
	}
});

// The seed's sentences are plone.restapi's glossary: each sits word for word in its entry's `plone.glossary`,
// which the pages show as a quotation with its source (tests/glossary.test.ts checks the pages).
test("the seed page's sentences are each entry's plone.restapi glossary text, word for word", () => {
	const seed = seedTexts();
	const glossaryOf = (data: Record<string, unknown> | undefined) => (data?.plone as { glossary?: unknown } | undefined)?.glossary;
	// Every glossary code and every class the seed describes, and nothing else.
	const glossary = [...codes, ...classes].filter((c) => glossaryOf(c.data)).map((c) => ('code' in c ? String(c.code) : c.id));
	assert.deepEqual(glossary.sort(), [...seed.keys()].sort());
	assert.ok([...seed.keys()].some((id) => /xx$/.test(id)), 'the seed describes classes too');
	for (const [id, text] of seed) {
		const entry = /xx$/.test(id) ? classes.find((c) => c.id === id) : byCode.get(Number(id));
		assert.ok(entry, `the seed's ${id} has a content file`);
		assert.equal(glossaryOf(entry.data), text, `the seed's ${id}: plone.glossary`);
	}
});

test('the registry copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');
	assert.match(readme, /iana\.org\/assignments\/http-status-codes/);
	assert.match(readme, /copied on \d{4}-\d{2}-\d{2}/);
});
