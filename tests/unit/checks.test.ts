// The checks across content files, run on entries in memory: each case is one an author can make, and the message
// must name the file and the field and say how to fix it. Two real builds in tests/build/ prove the build stops on them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	checkClasses,
	checkCodes,
	checkConstantRows,
	checkUnregistered,
	formatProblem,
	type ContentProblem,
} from '../../src/lib/checks.ts';
import { codeFrontmatter, unregisteredFrontmatter, vendorUse } from '../support/frontmatter.ts';

const code = (n: number, extra: Record<string, unknown> = {}, file = `${n}`) => ({
	id: file,
	filePath: `content/codes/${file}.mdx`,
	body: 'What it means.',
	data: codeFrontmatter(n, extra),
});

const unregistered = (n: number, extra: Record<string, unknown> = {}, file = `${n}`) => ({
	id: file,
	filePath: `content/unregistered/${file}.mdx`,
	body: 'Who uses it.',
	data: unregisteredFrontmatter(n, extra),
});

/** The first problem as the build prints it, with its fix. */
const first = (problems: ContentProblem[]) => (problems[0] ? `${formatProblem(problems[0])} ${problems[0].fix}` : 'no problem');

const codes = [code(404), code(504)];
const registered = new Map(codes.map((c) => [c.id, c]));

test('well-formed codes, classes and unregistered numbers have no problem', () => {
	assert.deepEqual(checkCodes([code(404, { related: ['504'], notWhen: [{ code: '504', why: 'because.' }] }), code(504)]), []);
	assert.deepEqual(checkUnregistered([unregistered(499)], registered), []);
	assert.deepEqual(checkClasses([{ id: '4xx', data: { class: '4xx' } }], [code(404)]), []);
});

test('a code problem names the file and the field, and says how to fix it', () => {
	const cases: [string, ContentProblem[], string][] = [
		[
			'two files for one code',
			checkCodes([code(404), code(404, {}, '404-copy')]),
			"content/codes/404-copy.mdx: `code` is 404, and so is content/codes/404.mdx's. Keep one file per code: delete or merge one of content/codes/404.mdx and content/codes/404-copy.mdx.",
		],
		[
			'a file name that does not match its code',
			checkCodes([code(404, {}, '4040')]),
			'content/codes/4040.mdx: `code` is 404, but the file is named "4040". Name the file 404.mdx, or set `code` to the number in its name.',
		],
		[
			'a class that does not match',
			checkCodes([code(404, { class: '5xx' })]),
			'content/codes/404.mdx: `class` is "5xx", but code 404 belongs to 4xx. Set `class: 4xx`.',
		],
		[
			'a related code that does not exist',
			checkCodes([code(404, { related: ['499'] })]),
			'content/codes/404.mdx: `related` names "499", and no file content/codes/499.mdx exists. Remove "499" from `related`, or add that code\'s file first.',
		],
		[
			'a related code written with a leading zero',
			checkCodes([code(404), code(504, { related: ['0404'] })]),
			'content/codes/504.mdx: `related` names "0404", and no file content/codes/0404.mdx exists. Remove "0404" from `related`, or add that code\'s file first.',
		],
		[
			'a code related to itself',
			checkCodes([code(404, { related: ['404'] })]),
			'content/codes/404.mdx: `related` names the code itself. Remove "404" from `related`.',
		],
		[
			'a "not when" code that does not exist',
			checkCodes([code(404, { notWhen: [{ code: '499', why: 'no such code.' }] })]),
			'content/codes/404.mdx: `notWhen` names code "499", and no file content/codes/499.mdx exists. Point `notWhen` at an existing code, or add that code\'s file first.',
		],
		[
			'an empty description',
			checkCodes([{ ...code(404), body: '  \n' }]),
			'content/codes/404.mdx: `description` is empty: the file has no text below its frontmatter. Write what the code means below the closing `---`.',
		],
		[
			'a class with codes and no file',
			checkClasses([], [code(404)]),
			'content/codes/404.mdx: `class` is "4xx", and content/classes/4xx.mdx does not exist. Add content/classes/4xx.mdx with the class name and a one-sentence summary.',
		],
		[
			'a class file named for another class',
			checkClasses([{ id: '4xx', filePath: 'content/classes/4xx.mdx', data: { class: '5xx' } }], []),
			'content/classes/4xx.mdx: `class` is "5xx", but the file is named "4xx". Name the file 5xx.mdx.',
		],
	];
	for (const [name, problems, message] of cases) assert.equal(first(problems), message, name);
});

test('an unregistered-number problem names the file and the field, and says how to fix it', () => {
	const cases: [string, ContentProblem[], string][] = [
		[
			'a number that is registered',
			checkUnregistered([unregistered(504)], registered),
			"content/unregistered/504.mdx: `code` is 504, which is a registered code (content/codes/504.mdx, 504 Phrase 504). Registered codes belong in content/codes/. Keep this file only for a vendor's other use of the number, and then say so with `alsoRegistered: true`.",
		],
		[
			'alsoRegistered on a number that is not registered',
			checkUnregistered([unregistered(499, { alsoRegistered: true })], registered),
			'content/unregistered/499.mdx: `alsoRegistered` is true, but 499 is not a registered code. Remove `alsoRegistered`.',
		],
		[
			'two files for one number',
			checkUnregistered([unregistered(499), unregistered(499, {}, '499-copy')], registered),
			"content/unregistered/499-copy.mdx: `code` is 499, and so is content/unregistered/499.mdx's. Keep one file per number, with one entry per vendor in `uses`: merge content/unregistered/499-copy.mdx into content/unregistered/499.mdx.",
		],
		[
			'one vendor named twice',
			checkUnregistered([unregistered(499, { uses: [vendorUse('nginx'), vendorUse('NGINX')] })], registered),
			'content/unregistered/499.mdx: `uses` names the vendor "NGINX" twice (as "nginx" too): both would have the anchor #499-nginx. Keep one entry per vendor; put a second product of the same vendor in `product`, or name the vendors apart.',
		],
		[
			'a code to send instead that does not exist',
			checkUnregistered([unregistered(499, { instead: [{ code: '499', when: 'never' }] })], registered),
			'content/unregistered/499.mdx: `instead` names "499", and no file content/codes/499.mdx exists. Name a registered code that has a page, e.g. code: "502".',
		],
	];
	for (const [name, problems, message] of cases) assert.equal(first(problems), message, name);
});

test('a registered code with no framework-constants row is a problem of the table, not a guess', () => {
	assert.deepEqual(checkConstantRows([404, 504], new Set([404, 504, 499]), 'data/framework-constants.tsv'), []);
	assert.equal(
		first(checkConstantRows([404, 504], new Set([404]), 'data/framework-constants.tsv')),
		'data/framework-constants.tsv: `code 504` has no row, though content/codes/504.mdx is a registered code. Copy the newest framework-constants.tsv into data/ (see data/README.md); it has a row for every registered code.',
	);
});
