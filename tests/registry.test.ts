import { expect, test } from './support/fixtures';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classes, codes } from './support/content';
import { parseHeaderRule, registry, registryProblems, seedTexts } from './support/registry';

const byCode = new Map(codes.map((c) => [c.code, c]));

test('every registered code has a page, and every page a registered code', () => {
	expect(codes.map((c) => c.code)).toEqual(registry.map((r) => r.code));
});

test.describe('each code agrees with the IANA registry', () => {
	for (const row of registry) {
		test(`${row.code} matches its registry entry: phrase, spec, status, cacheability and header rules with their sources`, () => {
			const code = byCode.get(row.code);
			expect(code, `content/codes/${row.code}.mdx is missing`).toBeDefined();
			expect(registryProblems(code!.data, row)).toEqual([]);
		});
	}
});

test('the registry rules are read as the registry states them, sources included', () => {
	expect(parseHeaderRule('MUST send Location in the first 104; MUST send Upload-Draft-Interop-Version (draft-ietf-httpbis-resumable-upload-05)')).toEqual([
		{ strength: 'MUST', fields: ['Location'], source: { document: 'draft-ietf-httpbis-resumable-upload-05' } },
		{ strength: 'MUST', fields: ['Upload-Draft-Interop-Version'], source: { document: 'draft-ietf-httpbis-resumable-upload-05' } },
	]);
	expect(parseHeaderRule('SHOULD send available validator fields (ETag, Last-Modified) in responses to GET and HEAD')).toEqual([{ strength: 'SHOULD', fields: ['ETag', 'Last-Modified'] }]);
	expect(parseHeaderRule('SHOULD send Link with rel="blocked-by" (RFC 7725 section 4)')).toEqual([{ strength: 'SHOULD', fields: ['Link'], source: { document: 'RFC 7725', section: '4' } }]);
	expect(parseHeaderRule('MUST send Content-Range for a single part (multipart/byteranges otherwise)')).toEqual([{ strength: 'MUST', fields: ['Content-Range'] }]);
});

test('the registry check catches a rule without its source, a wrong source and a wrong cacheability', () => {
	const row = registry.find((r) => r.code === 451)!;
	const data = structuredClone(byCode.get(451)!.data) as Record<string, any>;
	expect(registryProblems(data, row)).toEqual([]);
	data.headers[0].source = { document: 'RFC 9110', section: '15.5.4' };
	data.cacheable = { state: 'explicit', source: { document: 'RFC 9111', section: '3' } };
	expect(registryProblems(data, row)).toEqual([
		'cacheable state: "explicit", the registry says "heuristic"',
		'cacheable source: {"document":"RFC 9111","section":"3"}, the registry says {"document":"RFC 7725","section":"3"}',
		'header rule SHOULD Link: source is RFC 9110, the registry names RFC 7725',
	]);
	delete data.headers[0].source;
	expect(registryProblems(data, row)).toContain('header rule SHOULD Link: has no source');
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
