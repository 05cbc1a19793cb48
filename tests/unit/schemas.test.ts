// The content schemas on broken copies of real files, in process: the message must name the field and say what to
// write, in the words the build prints after the file's name. (tests/build/ proves a real build prints them.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { z } from 'astro/zod';
import { codeData, readFolder, splitFrontmatter, unregisteredData } from '../../src/lib/content-files.ts';
import { guideSchema } from '../../src/schemas/guide.ts';
import { checkGuide, toGuideNode } from '../../src/lib/guide-tree.ts';
import { readGuide } from '../../src/lib/content-files.ts';
import { codes } from '../../catalog/content.ts';

/** A content file's raw frontmatter, as YAML gives it before any schema. */
function raw(folder: string, file: string): Record<string, unknown> {
	const found = readFolder(folder).find((f) => f.file === `content/${folder}/${file}`);
	assert.ok(found, `content/${folder}/${file} is gone: update this test`);
	return structuredClone(found.data) as Record<string, unknown>;
}

/** What the schema says about `data`: `field: message` for its first issue, or `valid`. */
function says(schema: z.ZodType, data: unknown): string {
	const result = schema.safeParse(data);
	if (result.success) return 'valid';
	const issue = result.error.issues[0]!;
	return `${issue.path.join('.')}: ${issue.message}`;
}

const with404 = (change: (d: Record<string, unknown>) => void) => {
	const d = raw('codes', '404.mdx');
	change(d);
	return says(codeData, d);
};

test('the real files are valid, so each case below breaks exactly one thing', () => {
	assert.equal(says(codeData, raw('codes', '404.mdx')), 'valid');
	assert.equal(says(codeData, raw('codes', '405.mdx')), 'valid');
	assert.equal(says(unregisteredData, raw('unregistered', '499.mdx')), 'valid');
});

test("a registered code's frontmatter: each mistake is named with what to write", () => {
	const cases: [string, string, string][] = [
		['a missing required field', with404((d) => delete d['phrase']), 'phrase: is missing: add the reason phrase'],
		['a field of the wrong type', with404((d) => (d['code'] = 'four hundred four')), 'code: must be a number such as 404'],
		[
			'a glossary flag where the glossary sentence belongs',
			with404((d) => ((d['plone'] as Record<string, unknown>)['glossary'] = true)),
			"plone.glossary: must be false, or plone.restapi's glossary sentence",
		],
		['an unknown class', with404((d) => (d['class'] = '4XX')), 'class: must be one of 1xx, 2xx, 3xx, 4xx, 5xx'],
		['a code outside 100-599', with404((d) => (d['code'] = 604)), 'code: must be between 100 and 599'],
		[
			'a cacheability that is not one of the three states',
			with404((d) => ((d['cacheable'] as Record<string, unknown>)['state'] = 'yes')),
			'cacheable.state: must be heuristic (cacheable by default: RFC 9110 section 15.1 names them, RFC 7725 section 3 adds 451), explicit (stored only when its headers allow it: RFC 9111 section 3) or never (1xx',
		],
		['a cacheability written as true or false', with404((d) => (d['cacheable'] = true)), 'cacheable: must be { state, source }'],
	];
	for (const [name, said, expected] of cases) assert.ok(said.startsWith(expected), `${name}: expected "${expected}…", got "${said}"`);

	const d405 = raw('codes', '405.mdx');
	delete ((d405['headers'] as Record<string, unknown>[])[0] as Record<string, unknown>)['source'];
	assert.equal(
		says(codeData, d405),
		'headers.0.source: is missing: add the section that states the rule, e.g. { document: RFC 9110, section: "15.5.5" }',
	);
});

test("an unregistered number's frontmatter: a vendor use without a source is named", () => {
	const d = raw('unregistered', '499.mdx');
	delete ((d['uses'] as Record<string, unknown>[])[0] as Record<string, unknown>)['sources'];
	assert.ok(says(unregisteredData, d).startsWith('uses.0.sources: is missing: add sources'), says(unregisteredData, d));
});

test('a guide node: its kind comes from its fields, and a missing or misplaced field is named', () => {
	const question = {
		question: 'Did it work?',
		choices: [
			{ label: 'Yes', next: 'ok' },
			{ label: 'No', next: 'bad' },
		],
	};
	const answer = { code: 410, why: 'Removed for good.', runnerUp: { code: 404, why: 'It might come back.' } };
	assert.equal((guideSchema.parse(question) as { kind: string }).kind, 'question');
	assert.equal((guideSchema.parse(answer) as { kind: string }).kind, 'answer');
	assert.equal(
		says(guideSchema, { code: 410, runnerUp: answer.runnerUp }),
		'why: is missing: an answer needs why, in one or two sentences',
	);
	assert.equal(
		says(guideSchema, { ...answer, hint: 'A hint.' }),
		'hint: belongs to a question: an answer has code, why, runnerUp, spec and plone',
	);
	assert.equal(says(guideSchema, { ...question, code: 410 }), 'code: belongs to an answer: a question has question, hint and choices');
	assert.equal(
		says(guideSchema, { hint: 'A hint.' }),
		'question: is missing: a node is a question (question, choices) or an answer (code, why, runnerUp)',
	);
	assert.equal(
		says(guideSchema, { ...question, question: 'x'.repeat(51) }),
		'question: must be at most 50 characters, as it is the page title: put the rest in hint',
	);
	assert.equal(says(guideSchema, { ...answer, code: 99 }), 'code: must be between 100 and 599');
});

test('the real guide broken: an answer naming a code with no page, and a choice leading back up the tree', () => {
	const numbers = new Set(codes.map((c) => c.code));
	const nodes = readGuide().map(([id, data]) => toGuideNode(id, data));
	assert.deepEqual(checkGuide(nodes, numbers), []);
	const broken = nodes.map((n) => (n.id === 'created' && n.kind === 'answer' ? { ...n, code: 299 } : n));
	assert.ok(
		checkGuide(broken, numbers).some(
			(p) => p.node === 'created' && p.field === 'code' && p.problem === 'names 299, and no file content/codes/299.mdx exists.',
		),
	);
	const cycle = nodes.map((n) =>
		n.id === 'upstream' && n.kind === 'question'
			? { ...n, choices: n.choices.map((c) => (c.next === 'gateway-timeout' ? { ...c, next: 'server-error' } : c)) }
			: n,
	);
	const problem = checkGuide(cycle, numbers).find((p) => p.node === 'upstream');
	assert.ok(
		problem?.problem.includes('leads back to "server-error"') && problem.problem.includes('server-error → upstream → server-error'),
		JSON.stringify(problem),
	);
});

test('a file splits into its frontmatter and body the same way for the YAML check and for the reader', () => {
	assert.deepEqual(splitFrontmatter('---\ncode: 404\n---\nText.\n'), { yaml: 'code: 404', body: 'Text.\n' });
	assert.deepEqual(splitFrontmatter('---\r\ncode: 404\r\n---'), { yaml: 'code: 404', body: '' });
	assert.equal(splitFrontmatter('code: 404\n'), undefined);
	assert.equal(splitFrontmatter('---\ncode: 404\n---text'), undefined);
});
