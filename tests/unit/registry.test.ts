// The content against its outside authorities: the IANA registry copy and plone.restapi's original page.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { classes, codes } from '../../catalog/content.ts';
import { parseHeaderRule, registry, registryProblems, seedTexts, type FrontmatterFacts } from '../../catalog/registry.ts';

const byCode = new Map(codes.map((c) => [c.code, c]));

test('every registered code has a page, and every page a registered code', () => {
	assert.deepEqual(
		codes.map((c) => c.code),
		registry.map((r) => r.code),
	);
});

describe('each code agrees with the IANA registry', () => {
	for (const row of registry) {
		test(`${row.code} matches its registry entry: phrase, spec, status, cacheability and header rules with their sources`, () => {
			const code = byCode.get(row.code);
			assert.ok(code, `content/codes/${row.code}.mdx is missing`);
			assert.deepEqual(registryProblems(code.data as FrontmatterFacts, row), []);
		});
	}
});

test('the registry rules are read as the registry states them, sources included', () => {
	assert.deepEqual(
		parseHeaderRule('MUST send Location in the first 104; MUST send Upload-Draft-Interop-Version (draft-ietf-httpbis-resumable-upload-05)'),
		[
			{ strength: 'MUST', fields: ['Location'], source: { document: 'draft-ietf-httpbis-resumable-upload-05' } },
			{ strength: 'MUST', fields: ['Upload-Draft-Interop-Version'], source: { document: 'draft-ietf-httpbis-resumable-upload-05' } },
		],
	);
	assert.deepEqual(parseHeaderRule('SHOULD send available validator fields (ETag, Last-Modified) in responses to GET and HEAD'), [
		{ strength: 'SHOULD', fields: ['ETag', 'Last-Modified'] },
	]);
	assert.deepEqual(parseHeaderRule('SHOULD send Link with rel="blocked-by" (RFC 7725 section 4)'), [
		{ strength: 'SHOULD', fields: ['Link'], source: { document: 'RFC 7725', section: '4' } },
	]);
	assert.deepEqual(parseHeaderRule('MUST send Content-Range for a single part (multipart/byteranges otherwise)'), [
		{ strength: 'MUST', fields: ['Content-Range'] },
	]);
});

test('the registry check catches a rule without its source, a wrong source and a wrong cacheability', () => {
	const row = registry.find((r) => r.code === 451)!;
	const data = structuredClone(byCode.get(451)!.data as FrontmatterFacts);
	const link = data.headers![0]!;
	assert.deepEqual(registryProblems(data, row), []);
	link.source = { document: 'RFC 9110', section: '15.5.4' };
	data.cacheable = { state: 'explicit', source: { document: 'RFC 9111', section: '3' } };
	assert.deepEqual(registryProblems(data, row), [
		'cacheable state: "explicit", the registry says "heuristic"',
		'cacheable source: {"document":"RFC 9111","section":"3"}, the registry says {"document":"RFC 7725","section":"3"}',
		'header rule SHOULD Link: source is RFC 9110, the registry names RFC 7725',
	]);
	delete link.source;
	assert.ok(registryProblems(data, row).includes('header rule SHOULD Link: has no source'));
});

// The seed's sentences are plone.restapi's glossary: each sits word for word in its entry's `plone.glossary`,
// which the pages show as a quotation with its source (tests/glossary.test.ts checks the pages).
test("the seed page's sentences are each entry's plone.restapi glossary text, word for word", () => {
	const seed = seedTexts();
	const glossaryOf = (data: Record<string, unknown> | undefined) => (data?.plone as { glossary?: unknown } | undefined)?.glossary;
	// Every glossary code and every class the seed describes, and nothing else.
	const glossary = [...codes, ...classes].filter((c) => glossaryOf(c.data)).map((c) => ('code' in c ? String(c.code) : c.id));
	assert.deepEqual(glossary.sort(), [...seed.keys()].sort());
	assert.ok(
		[...seed.keys()].some((id) => /xx$/.test(id)),
		'the seed describes classes too',
	);
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
