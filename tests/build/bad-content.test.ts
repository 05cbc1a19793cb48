// Proof that a content error reaches the author through a real build: one schema error, one cross-file error,
// one YAML error, each in a scratch copy. Every other bad-content case is checked in process, in milliseconds:
// the schemas in tests/unit/schemas.test.ts, the cross-file checks in tests/unit/checks.test.ts.
import { copyFileSync } from 'node:fs';
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
		name: 'two files for one code',
		breakIt: (dir) => copyFileSync(join(dir, FILE), join(dir, 'content/codes/404-copy.mdx')),
		expected: ['content/codes/404-copy.mdx', 'content/codes/404.mdx', '`code` is 404, and so is', 'Keep one file per code'],
	},
	{
		name: 'malformed frontmatter',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^phrase: .*$/m, 'phrase: [Not Found')),
		expected: [`${FILE}:4: the frontmatter is not valid YAML`, 'quote a value'],
	},
];

badContentCases('bad content stops the build', cases);
