// The checker against a corpus of real-world-looking responses (tests/unit/check-corpus/): every right one
// passes with no MUST or SHOULD, every wrong one gives exactly the findings it names, citing the section it breaks.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import yaml from 'js-yaml';
import { checkExchange } from '../../src/lib/check/check.ts';
import type { Finding } from '../../src/lib/check/findings.ts';
import { ruleData } from './check-support.ts';

interface Case {
	name: string;
	response: string;
	request?: string;
	expect?: string[];
	breaks?: string;
	notes?: string[];
}

const read = (file: string) => yaml.load(readFileSync(join(import.meta.dirname, 'check-corpus', file), 'utf8')) as Case[];
const right = read('right.yaml');
const wrong = read('wrong.yaml');

/** Every finding of every response the case holds; a HAR file is judged on its first entry. */
function findingsOf(c: Case): Finding[] {
	let outcome = checkExchange(c.response, c.request ?? '', ruleData);
	if (outcome.kind === 'har') outcome = checkExchange(c.response, c.request ?? '', ruleData, 0);
	assert.equal(outcome.kind, 'reports', outcome.kind === 'errors' ? outcome.errors.map((e) => e.message).join('\n') : outcome.kind);
	return outcome.kind === 'reports' ? outcome.reports.flatMap((r) => r.findings) : [];
}

const describeFinding = (f: Finding) => `${f.level} ${f.rule}: ${f.message}`;
const cite = (f: Finding) => `${f.source.document} ${f.source.section ?? ''}`.trim();

test('the corpus holds at least 60 responses, right and wrong', () => {
	assert.ok(right.length + wrong.length >= 60, `${right.length + wrong.length} cases`);
	assert.ok(right.length >= 20 && wrong.length >= 30);
});

describe('a right response gives no MUST or SHOULD', () => {
	for (const c of right)
		test(c.name, () => {
			const findings = findingsOf(c);
			const requirements = findings.filter((f) => f.level !== 'Note');
			assert.deepEqual(requirements.map(describeFinding), []);
			for (const note of c.notes ?? [])
				assert.ok(
					findings.some((f) => f.level === 'Note' && f.rule === note),
					`expected a Note ${note}, got:\n${findings.map(describeFinding).join('\n')}`,
				);
		});
});

describe('a wrong response gives exactly its findings, citing the section it breaks', () => {
	for (const c of wrong)
		test(`${c.name} (${c.breaks})`, () => {
			const findings = findingsOf(c).filter((f) => f.level !== 'Note');
			assert.deepEqual(
				findings.map((f) => `${f.level} ${f.rule}`).sort(),
				[...(c.expect ?? [])].sort(),
				findings.map(describeFinding).join('\n'),
			);
			assert.ok(c.breaks, 'a wrong case names the section it breaks');
			assert.ok(
				findings.some((f) => cite(f) === c.breaks),
				`no finding cites ${c.breaks}: ${findings.map(cite).join(', ')}`,
			);
		});
});
