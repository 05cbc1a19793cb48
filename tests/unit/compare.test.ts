// Comparison pages without a build: the decision table derived from the codes' frontmatter (pinned on literal
// codes, and held to the content), and the checks that stop the build on a broken comparison.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkComparisons, formatProblem } from '../../src/lib/checks.ts';
import { comparePath, comparisonsOf, contentCell, decisionTable } from '../../src/lib/compare.ts';
import { compareData } from '../../src/lib/content-files.ts';
import { codeFrontmatter } from '../support/frontmatter.ts';
import { comparisons } from '../../catalog/compare.ts';
import { codes } from '../../catalog/content.ts';
import { guideQuestions } from '../../catalog/guide.ts';

/** A code whose spec section is its own number, so each column's citation is told apart. */
const code = (n: number, extra: Record<string, unknown> = {}) =>
	codeFrontmatter(n, {
		summary: `What ${n} means.`,
		spec: { document: 'RFC 9110', section: `15.${n}` },
		cacheable: { state: 'explicit', source: { document: 'RFC 9111', section: '3' } },
		...extra,
	});

test('the decision table has a row per question and a cell per code, each fact from that code with its section', () => {
	const rows = decisionTable([
		code(401, {
			headers: [{ field: 'WWW-Authenticate', strength: 'MUST', rule: 'A challenge.', source: { document: 'RFC 9110', section: '15.5.2' } }],
			retry: { answer: 'With new credentials', source: { document: 'RFC 9110', section: '15.5.2' } },
		}),
		code(404, { cacheable: { state: 'heuristic', source: { document: 'RFC 9110', section: '15.1' } } }),
	]);
	assert.deepEqual(rows, [
		{ label: 'Means', cells: [{ text: 'What 401 means.' }, { text: 'What 404 means.' }] },
		{
			label: 'Cacheable by default',
			cells: [
				{ text: 'Only when its headers allow', source: { document: 'RFC 9111', section: '3' } },
				{ text: 'Yes', source: { document: 'RFC 9110', section: '15.1' } },
			],
		},
		{
			label: 'Has content',
			cells: [
				{ text: 'An explanation of the error (SHOULD, except to HEAD)', source: { document: 'RFC 9110', section: '15.5' } },
				{ text: 'An explanation of the error (SHOULD, except to HEAD)', source: { document: 'RFC 9110', section: '15.5' } },
			],
		},
		{
			label: 'Header fields',
			cells: [{ text: 'MUST `WWW-Authenticate`', source: { document: 'RFC 9110', section: '15.5.2' } }, { text: 'None required' }],
		},
		{
			label: 'Repeat the same request?',
			cells: [{ text: 'With new credentials', source: { document: 'RFC 9110', section: '15.5.2' } }, { text: '—' }],
		},
		{
			label: 'Defined in',
			cells: [
				{ text: '', source: { document: 'RFC 9110', section: '15.401' } },
				{ text: '', source: { document: 'RFC 9110', section: '15.404' } },
			],
		},
	]);
});

test('redirects get the permanence and method rows, and rows no compared code speaks to are left out', () => {
	const source = { document: 'RFC 9110', section: '15.4.8' };
	const labels = decisionTable([
		code(307, { redirect: { move: 'temporary', method: 'kept', source } }),
		code(308, { redirect: { move: 'permanent', method: 'kept', source } }),
	]);
	assert.deepEqual(
		labels.map((r) => r.label),
		['Means', 'The resource', 'Method of the next request', 'Cacheable by default', 'Has content', 'Header fields', 'Defined in'],
	);
	assert.deepEqual(labels[1]!.cells, [{ text: 'Elsewhere for now' }, { text: 'Moved for good' }]);
	assert.deepEqual(labels[2]!.cells, [
		{ text: 'Kept, with its content', source },
		{ text: 'Kept, with its content', source },
	]);
});

test('fields list MUST before SHOULD and say when a rule is conditional; content follows the spec for 204, 304, 1xx and redirects', () => {
	const source = { document: 'RFC 9110', section: '15.3.7' };
	const rows = decisionTable([
		code(206, {
			headers: [
				{ field: 'Date', strength: 'MUST', when: 'a 200 would have carried it', rule: 'r', source },
				{ field: 'Content-Range', strength: 'SHOULD', rule: 'r', source },
			],
		}),
	]);
	assert.equal(rows.find((r) => r.label === 'Header fields')!.cells[0]!.text, 'MUST `Date`, in some cases; SHOULD `Content-Range`');
	assert.deepEqual(contentCell(code(204)), {
		text: 'None: it cannot contain content',
		source: { document: 'RFC 9110', section: '15.3.5' },
	});
	assert.deepEqual(contentCell(code(304)), {
		text: 'None: it cannot contain content',
		source: { document: 'RFC 9110', section: '15.4.5' },
	});
	assert.deepEqual(contentCell(code(103)), { text: 'None: it cannot contain content', source: { document: 'RFC 9110', section: '15.2' } });
	assert.deepEqual(contentCell(code(200)), { text: 'Yes, as the method and the code define it' });
	const moved = code(308, { redirect: { move: 'permanent', method: 'kept', source: { document: 'RFC 9110', section: '15.4' } } });
	assert.deepEqual(contentCell(moved), {
		text: 'Usually a short note with a link to the new URI',
		source: { document: 'RFC 9110', section: '15.308' },
	});
});

test('a comparison lives at compare/<its file name>/, and a code page lists the comparisons that name it', () => {
	assert.equal(comparePath('401-403-404'), 'compare/401-403-404/');
	const list = [
		{ id: 'a', data: { codes: [{ id: '401' }, { id: '403' }] } },
		{ id: 'b', data: { codes: [{ id: '404' }, { id: '410' }] } },
	];
	assert.deepEqual(
		comparisonsOf(404, list).map((c) => c.id),
		['b'],
	);
	assert.deepEqual(comparisonsOf(500, list), []);
});

// The content itself: every comparison's table is the codes' own facts, column by column.
for (const c of comparisons) {
	test(`the "${c.data.title}" table has one column per compared code, in order, from that code's frontmatter`, () => {
		assert.deepEqual(
			c.codes.map((x) => x.code),
			c.data.codes.map((ref) => Number(ref.id)),
		);
		const rows = decisionTable(c.codes.map((x) => x.data));
		for (const row of rows) assert.equal(row.cells.length, c.codes.length, row.label);
		assert.deepEqual(
			rows.find((r) => r.label === 'Means')!.cells.map((cell) => cell.text),
			c.codes.map((x) => x.summary),
		);
	});
}

test('the comparisons pass their checks: codes with pages, one example each, a guide question', () => {
	const problems = checkComparisons(
		comparisons.map((c) => ({ id: c.id, filePath: c.file, data: c.data })),
		new Set(codes.map((c) => String(c.code))),
		new Set(guideQuestions.map((q) => q.id)),
	);
	assert.deepEqual(problems.map(formatProblem), []);
});

const entry = (data: Record<string, unknown>) => ({
	id: '401-403',
	filePath: 'content/compare/401-403.mdx',
	data: compareData.parse({
		title: '401 or 403?',
		summary: 'One sentence.',
		codes: ['401', '403'],
		guide: 'credentials',
		scenario: 'A request.',
		examples: [
			{ code: '401', case: 'a', request: 'GET / HTTP/1.1', response: 'HTTP/1.1 401 Unauthorized' },
			{ code: '403', case: 'b', request: 'GET / HTTP/1.1', response: 'HTTP/1.1 403 Forbidden' },
		],
		guidelines: [{ who: 'An API', picks: ['403'], says: 'It says.', url: 'https://example.com/', read: '2026-12-03' }],
		...data,
	}),
});
const check = (data: Record<string, unknown>) =>
	checkComparisons([entry(data)], new Set(['401', '403', '404']), new Set(['credentials'])).map((p) => `${formatProblem(p)} ${p.fix}`);

test('a comparison that names a code with no page stops the build, naming the file and the field', () => {
	assert.deepEqual(check({ codes: ['401', '499'] }), [
		'content/compare/401-403.mdx: `codes` names "499", and no file content/codes/499.mdx exists. Compare registered codes that have a page, e.g. codes: ["401", "403"].',
		'content/compare/401-403.mdx: `examples` has an example for "403", which `codes` does not list. Add "403" to `codes`, or remove its example.',
		'content/compare/401-403.mdx: `examples` must have exactly one example for "499". Give each compared code one exchange in the same scenario, so the reader sees them side by side.',
	]);
});

test('a compared code without its example, a code named twice, or a guide key that is no question is named', () => {
	assert.match(check({ codes: ['401', '403', '404'] }).join('\n'), /`examples` must have exactly one example for "404"/);
	assert.match(check({ codes: ['401', '403', '401'] }).join('\n'), /`codes` names "401" twice/);
	assert.deepEqual(check({ guide: 'created' }), [
		'content/compare/401-403.mdx: `guide` is "created", which is not a question of the guide (content/guide.yaml). Name the key of the guide question that settles the same choice, e.g. guide: credentials.',
	]);
	assert.deepEqual(check({}), []);
});

test('the schema names what a comparison lacks', () => {
	assert.throws(() => compareData.parse({}), /title/);
	const noSource = compareData.safeParse({ ...entry({}).data, codes: ['401', '403'], guidelines: [] });
	assert.equal(noSource.success, false);
	const badDate = compareData.safeParse({
		title: 't',
		summary: 's',
		codes: ['401', '403'],
		guide: 'g',
		scenario: 's',
		examples: [],
		guidelines: [{ who: 'w', picks: ['401'], says: 's', url: 'https://example.com/', read: 'yesterday' }],
	});
	assert.match(JSON.stringify(badDate.error?.issues), /YYYY-MM-DD/);
});
