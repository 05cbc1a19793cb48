// Every code page's example exchange through the checker: an example that breaks a MUST or SHOULD is a bug in
// the example (or a wrong rule). Each code is its own test, so a failure names the code and its findings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { codes } from '../../catalog/content.ts';
import { checkExchange } from '../../src/lib/check/check.ts';
import { ruleData } from './check-support.ts';

describe('every code page example passes the checker with no MUST or SHOULD', () => {
	for (const code of codes) {
		const example = code.data.example;
		if (!example) continue;
		test(`the ${code.title} example`, () => {
			const outcome = checkExchange(example.response, example.request, ruleData);
			assert.equal(
				outcome.kind,
				'reports',
				outcome.kind === 'errors' ? `${outcome.field}: ${outcome.errors.map((e) => e.message).join('; ')}` : '',
			);
			if (outcome.kind !== 'reports') return;
			const problems = outcome.reports.flatMap((r) =>
				r.findings
					.filter((f) => f.level !== 'Note')
					.map((f) => `${r.status} ${f.level} ${f.subject}: ${f.message} (${f.source.document} §${f.source.section})`),
			);
			assert.deepEqual(problems, []);
		});
	}
});
