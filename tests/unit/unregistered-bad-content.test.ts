// Each case breaks one unregistered page in a scratch copy; the build must stop, naming the file and the field.
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildScratch } from '../support/scratch.ts';

const FILE = 'content/unregistered/499.mdx';

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

// Two builds at a time: each is mostly one CPU-bound process, and the machine has two cores.
describe('bad unregistered content stops the build', { concurrency: 2 }, () => {
	for (const { name, breakIt, expected } of cases) {
		test(`${name} stops the build with a message naming the file and the field`, async () => {
			const { status, output } = await buildScratch(breakIt);
			assert.notEqual(status, 0, output);
			for (const part of expected) assert.ok(output.includes(part), `expected "${part}" in:\n${output}`);
			assert.ok(!output.includes('Complete!'), output);
		});
	}
});
