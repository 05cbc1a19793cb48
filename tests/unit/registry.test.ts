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

test("the seed page's descriptions are on the site word for word", () => {
	const seed = seedTexts();
	const glossary = codes.filter((c) => (c.data.plone as { glossary?: boolean } | undefined)?.glossary).map((c) => String(c.code));
	// Every glossary code and every class the seed describes, and nothing else.
	assert.deepEqual([...seed.keys()].filter((id) => !/xx$/.test(id)).sort(), glossary.sort());
	assert.ok([...seed.keys()].some((id) => /xx$/.test(id)), 'the seed describes classes too');
	for (const [id, text] of seed) {
		const entry = /xx$/.test(id) ? classes.find((c) => c.id === id) : byCode.get(Number(id));
		assert.equal(entry?.body, text, `the seed's ${id}`);
	}
});

test('the registry copy says where it came from and when', () => {
	const readme = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'README.md'), 'utf8');
	assert.match(readme, /iana\.org\/assignments\/http-status-codes/);
	assert.match(readme, /copied on \d{4}-\d{2}-\d{2}/);
});
