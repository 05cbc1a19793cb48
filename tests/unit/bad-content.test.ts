// Each case breaks one file in a scratch copy; the build must stop, and its message must name the file and
// the field in words the file's path cannot supply (`code: must be…`, not just "404"), so the author knows
// what to fix.
import { copyFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { badContentCases, edit, type BadContentCase } from '../support/bad-content.ts';

const FILE = 'content/codes/404.mdx';

const cases: BadContentCase[] = [
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
		name: 'a glossary flag where the glossary sentence belongs',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^ {2}glossary: .*$/m, '  glossary: true')),
		expected: [FILE, "plone.glossary: must be false, or plone.restapi's glossary sentence"],
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
		name: 'a header rule without its source',
		breakIt: (dir) => edit(dir, 'content/codes/405.mdx', (t) => t.replace(/^ {4}source: .*\n/m, '')),
		expected: ['content/codes/405.mdx', 'headers.0.source: is missing: add the section that states the rule'],
	},
	{
		name: 'a cacheability that is not one of the three states',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^ {2}state: heuristic$/m, '  state: yes')),
		expected: [FILE, 'cacheable.state: must be heuristic', 'explicit (stored only when its headers allow it', 'never (1xx'],
	},
	{
		name: 'a cacheability written as true or false',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^cacheable:\n(?: {2}.*\n)+/m, 'cacheable: true\n')),
		expected: [FILE, 'cacheable: must be { state, source }', 'RFC 9110 section 15.1'],
	},
	{
		name: 'a "not when" code that does not exist',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^notWhen:\n/m, 'notWhen:\n  - { code: "499", why: "no such code." }\n')),
		expected: [FILE, '`notWhen` names code "499"', 'Point `notWhen` at an existing code'],
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

badContentCases('bad content stops the build', cases);
