import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { badContentCases, edit, type BadContentCase } from '../support/bad-content.ts';

// Each case breaks one unregistered page in a scratch copy; the build must stop, naming the file and the field.
const FILE = 'content/unregistered/499.mdx';

const cases: BadContentCase[] = [
	{
		name: 'a number that is registered',
		breakIt: (dir) => {
			copyFileSync(join(dir, FILE), join(dir, 'content/unregistered/502.mdx'));
			edit(dir, 'content/unregistered/502.mdx', (t) => t.replace(/^code: 499$/m, 'code: 502'));
		},
		expected: ['content/unregistered/502.mdx', '`code` is 502, which is a registered code', 'alsoRegistered: true'],
	},
	{
		name: 'two files for one number',
		breakIt: (dir) => copyFileSync(join(dir, FILE), join(dir, 'content/unregistered/499-copy.mdx')),
		expected: ['content/unregistered/499-copy.mdx', FILE, '`code` is 499, and so is', 'Keep one file per number'],
	},
	{
		name: 'a vendor use without a source',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^ {4}sources:\n(?: {6}- url: .*\n {8}title: .*\n)+/m, '')),
		expected: [FILE, 'uses.0.sources: is missing: add sources'],
	},
	{
		name: 'a code to send instead that does not exist',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^ {2}- code: "504"$/m, '  - code: "499"')),
		expected: [FILE, '`instead` names "499"', 'Name a registered code'],
	},
];

badContentCases('bad unregistered content stops the build', cases);
