import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { buildScratch } from './support/scratch';

// Each case breaks one unregistered page in a scratch copy; the build must stop, naming the file and the field.
const FILE = 'content/unregistered/499.mdx';

/** Rewrites a content file in the scratch copy. */
function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

const cases: { name: string; breakIt: (dir: string) => void; expected: string[] }[] = [
	{
		name: 'a number that is registered',
		breakIt: (dir) => {
			copyFileSync(join(dir, FILE), join(dir, 'content/unregistered/502.mdx'));
			edit(dir, 'content/unregistered/502.mdx', (t) => t.replace(/^code: 499$/m, 'code: 502'));
		},
		expected: ['content/unregistered/502.mdx', '`code`', 'is 502, which is a registered code', 'alsoRegistered: true'],
	},
	{
		name: 'two files for one number',
		breakIt: (dir) => copyFileSync(join(dir, FILE), join(dir, 'content/unregistered/499-copy.mdx')),
		expected: ['content/unregistered/499-copy.mdx', FILE, '`code`', 'Keep one file per number'],
	},
	{
		name: 'a vendor use without a source',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^    sources:\n(?: {6}- url: .*\n {8}title: .*\n)+/m, '')),
		expected: ['499.mdx', 'uses.0.sources', 'is missing: add sources'],
	},
	{
		name: 'a code to send instead that does not exist',
		breakIt: (dir) => edit(dir, FILE, (t) => t.replace(/^ {2}- code: "504"$/m, '  - code: "499"')),
		expected: [FILE, '`instead`', 'names "499"'],
	},
];

test.describe('bad unregistered content stops the build', () => {
	for (const { name, breakIt, expected } of cases) {
		test(`${name} stops the build with a message naming the file and the field`, () => {
			test.setTimeout(180_000);
			const { status, output } = buildScratch(breakIt);
			expect(status, output).not.toBe(0);
			for (const part of expected) expect(output).toContain(part);
			expect(output).not.toContain('Complete!');
		});
	}
});
