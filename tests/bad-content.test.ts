import { expect, test } from './support/fixtures';
import { readFileSync, renameSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildScratch } from './support/scratch';

// Each case breaks one file in a scratch copy; the build must stop and its message must name the file
// and the field, so the author knows what to fix.
const FILE = 'content/codes/404.mdx';

/** Rewrites a content file in the scratch copy. */
function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const cases: { name: string; breakIt: (dir: string) => void; expected: (string | RegExp)[] }[] = [
	{
		name: 'a missing required field',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^phrase: .*\n/m, '')),
		expected: [FILE, 'phrase: is missing: add the reason phrase'],
	},
	{
		name: 'a field of the wrong type',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^code: 404$/m, 'code: "four hundred four"')),
		expected: ['404', 'code', 'must be a number'],
	},
	{
		name: 'an unknown class',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^class: 4xx$/m, 'class: 4XX')),
		expected: ['404', 'class', 'must be one of 1xx, 2xx, 3xx, 4xx, 5xx'],
	},
	{
		name: 'a code whose class does not match',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^class: 4xx$/m, 'class: 5xx')),
		expected: [FILE, '`class`', 'code 404 belongs to 4xx', 'Set `class: 4xx`'],
	},
	{
		name: 'a code outside 100-599',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^code: 404$/m, 'code: 604')),
		expected: ['404', 'code', 'between 100 and 599'],
	},
	{
		name: 'a file name that does not match its code',
		breakIt: (dir) => renameSync(join(dir, FILE), join(dir, 'content/codes/4040.mdx')),
		expected: ['content/codes/4040.mdx', '`code`', 'is 404, but the file is named "4040"', 'Name the file 404.mdx'],
	},
	{
		name: 'two files for one code',
		breakIt: (dir) => copyFileSync(join(dir, FILE), join(dir, 'content/codes/404-copy.mdx')),
		expected: ['content/codes/404-copy.mdx', 'content/codes/404.mdx', '`code`', 'Keep one file per code'],
	},
	{
		name: 'malformed frontmatter',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^phrase: .*$/m, 'phrase: [Not Found')),
		expected: [`${FILE}:4: the frontmatter is not valid YAML`, 'quote a value'],
	},
	{
		name: 'a related code that does not exist',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^related: \[.*\]$/m, 'related: ["499"]')),
		expected: [FILE, '`related`', '"499"', 'Remove "499" from `related`'],
	},
	{
		name: 'a header rule without its source',
		breakIt: (dir) => edit(dir, 'content/codes/405.mdx', (t) => t.replace(/^    source: .*\n/m, '')),
		expected: ['405.mdx', 'headers.0.source: is missing: add the section that states the rule', 'RFC 9110'],
	},
	{
		name: 'a cacheability that is not one of the three states',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^  state: heuristic$/m, '  state: yes')),
		expected: ['404.mdx', 'cacheable.state: must be heuristic', 'explicit', 'never'],
	},
	{
		name: 'a cacheability written as true or false',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^cacheable:\n(?:  .*\n)+/m, 'cacheable: true\n')),
		expected: ['404.mdx', 'cacheable: must be { state, source }', 'RFC 9110 section 15.1'],
	},
	{
		name: 'MDX that does not compile',
		breakIt: (dir) => edit(dir, FILE, (t) => `${t}\n<p>An unclosed element\n`),
		expected: ['404.mdx', 'Expected a closing tag for `<p>`'],
	},
	{
		name: 'an empty description',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/\n---\n[\s\S]*$/, '\n---\n')),
		expected: [FILE, '`description`', 'is empty', 'Write what the code means'],
	},
];

test.describe('bad content stops the build', () => {
	for (const { name, breakIt, expected } of cases) {
		test(`${name} stops the build with a message naming the file and the field`, () => {
			const { status, output } = buildScratch(breakIt);
			expect(status, output).not.toBe(0);
			for (const part of expected) {
				if (typeof part === 'string') expect(output).toContain(part);
				else expect(output).toMatch(part);
			}
			expect(output).not.toContain('Complete!');
		});
	}
});
