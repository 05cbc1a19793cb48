// Each case breaks one file in a scratch copy; the build must stop, and its message must name the file and
// the field in words the file's path cannot supply (`code: must be…`, not just "404"), so the author knows
// what to fix.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildScratch } from '../support/scratch.ts';

const FILE = 'content/codes/404.mdx';

/** Rewrites a content file in the scratch copy. */
function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** A broken file and what the build must say about it. */
interface Case {
	name: string;
	breakIt: (dir: string) => void;
	expected: string[];
}

const cases: Case[] = [
	{
		name: 'a missing required field',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^phrase: .*\n/m, '')),
		expected: [FILE, 'phrase: is missing: add the reason phrase'],
	},
	{
		name: 'a field of the wrong type',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^code: 404$/m, 'code: "four hundred four"')),
		expected: [FILE, 'code: must be a number such as 404'],
	},
	{
		name: 'an unknown class',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^class: 4xx$/m, 'class: 4XX')),
		expected: [FILE, 'class: must be one of 1xx, 2xx, 3xx, 4xx, 5xx'],
	},
	{
		name: 'a code whose class does not match',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^class: 4xx$/m, 'class: 5xx')),
		expected: [FILE, '`class` is "5xx", but code 404 belongs to 4xx', 'Set `class: 4xx`'],
	},
	{
		name: 'a code outside 100-599',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^code: 404$/m, 'code: 604')),
		expected: [FILE, 'code: must be between 100 and 599'],
	},
	{
		name: 'a file name that does not match its code',
		breakIt: (dir) => renameSync(join(dir, FILE), join(dir, 'content/codes/4040.mdx')),
		expected: ['content/codes/4040.mdx', '`code` is 404, but the file is named "4040"', 'Name the file 404.mdx'],
	},
	{
		name: 'two files for one code',
		breakIt: (dir) => copyFileSync(join(dir, FILE), join(dir, 'content/codes/404-copy.mdx')),
		expected: ['content/codes/404-copy.mdx', 'content/codes/404.mdx', '`code` is 404, and so is', 'Keep one file per code'],
	},
	{
		name: 'malformed frontmatter',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^phrase: .*$/m, 'phrase: [Not Found')),
		expected: [`${FILE}:4: the frontmatter is not valid YAML`, 'quote a value'],
	},
	{
		name: 'a related code that does not exist',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^related: \[.*\]$/m, 'related: ["499"]')),
		expected: [FILE, '`related` names "499"', 'Remove "499" from `related`'],
	},
	{
		name: 'MDX that does not compile',
		breakIt: (dir) => edit(dir, FILE, (t) => `${t}\n<p>An unclosed element\n`),
		expected: ['404.mdx', 'Expected a closing tag for `<p>`'],
	},
	{
		name: 'an empty description',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n')),
		expected: [FILE, '`description` is empty', 'Write what the code means'],
	},
];

// Two builds at a time: each is mostly one CPU-bound process, and the machine has two cores.
describe('bad content stops the build', { concurrency: 2 }, () => {
	for (const { name, breakIt, expected } of cases) {
		test(`${name} stops the build with a message naming the file and the field`, async () => {
			const { status, output } = await buildScratch(breakIt);
			assert.notEqual(status, 0, output);
			for (const part of expected) assert.ok(output.includes(part), `expected "${part}" in:\n${output}`);
			assert.ok(!output.includes('Complete!'), output);
		});
	}
});
