// The guide's file broken in a scratch copy: the build must stop, naming content/guide.yaml and the node.
// The rules themselves are tested without a build in guide.test.ts; these prove the build runs them.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildScratch } from '../support/scratch.ts';
import { GUIDE_FILE } from '../../catalog/guide.ts';

/** Rewrites the guide in the scratch copy; fails loudly if the text to replace is gone. */
function editGuide(dir: string, from: RegExp, to: string): void {
	const path = join(dir, GUIDE_FILE);
	const text = readFileSync(path, 'utf8');
	assert.match(text, from, `${GUIDE_FILE} no longer has ${from}: update this test`);
	writeFileSync(path, text.replace(from, to));
}

const cases = [
	{
		name: 'an answer naming a code that has no page',
		breakIt: (dir: string) => editGuide(dir, /^(created:\n {2}code:) 201$/m, '$1 299'),
		expected: [GUIDE_FILE, '`created.code` names 299, and no file content/codes/299.mdx exists'],
	},
	{
		name: 'a choice that leads back up the tree',
		breakIt: (dir: string) => editGuide(dir, /^( {4}- label: It did not answer in time\n {6}next:) gateway-timeout$/m, '$1 server-error'),
		expected: [GUIDE_FILE, '`upstream.choices[1].next` leads back to "server-error"', 'cycle: server-error → upstream → server-error'],
	},
	{
		name: 'an answer without its reason',
		breakIt: (dir: string) => editGuide(dir, /^(gone:\n {2}code: 410\n) {2}why: .*\n/m, '$1'),
		expected: [GUIDE_FILE, 'gone', 'why', 'is missing: an answer needs why'],
	},
];

describe('a broken guide stops the build', { concurrency: 2 }, () => {
	for (const { name, breakIt, expected } of cases) {
		test(`${name} stops the build with a message naming the file and the node`, async () => {
			const { status, output } = await buildScratch(breakIt);
			assert.notEqual(status, 0, output);
			for (const part of expected) assert.ok(output.includes(part), `expected "${part}" in:\n${output}`);
			assert.ok(!output.includes('Complete!'), output);
		});
	}
});
