// The harness of the bad-content tests: each case breaks files in a scratch copy, and the build must stop with
// a message that names the file and the field in words the file's path cannot supply.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { buildScratch } from './scratch.ts';

/** A broken content file and what the build must say about it. */
export interface BadContentCase {
	name: string;
	breakIt: (dir: string) => void;
	expected: string[];
}

/** Rewrites a content file in the scratch copy. */
export function edit(dir: string, file: string, change: (text: string) => string): void {
	const path = join(dir, file);
	writeFileSync(path, change(readFileSync(path, 'utf8')));
}

/** One test per case; two builds at a time, as each is mostly one CPU-bound process on a two-core machine. */
export function badContentCases(title: string, cases: BadContentCase[]): void {
	describe(title, { concurrency: 2 }, () => {
		for (const { name, breakIt, expected } of cases) {
			test(`${name} stops the build with a message naming the file and the field`, async () => {
				const { status, output } = await buildScratch(breakIt);
				assert.notEqual(status, 0, output);
				for (const part of expected) assert.ok(output.includes(part), `expected "${part}" in:\n${output}`);
				assert.ok(!output.includes('Complete!'), output);
			});
		}
	});
}
