// Every code page's example exchange through the checker: an example that breaks a MUST or SHOULD is a bug in
// the example (or a wrong rule). Each code is its own test, so a failure names the code and its findings.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { comparisons } from '../../catalog/compare.ts';
import { codes } from '../../catalog/content.ts';
import { checkExchange } from '../../src/lib/check/check.ts';
import { parseRequest } from '../../src/lib/check/parse-exchange.ts';
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

// A request that says what its content is carries that content, on the code pages and the comparisons alike;
// only a request waiting for 100 (Continue) has not sent it yet (RFC 9110 section 10.1.1).
describe('every example request that declares a Content-Type carries its content', () => {
	const requests = [
		...codes.flatMap((c) => (c.data.example ? [{ name: `the ${c.title} example`, request: c.data.example.request }] : [])),
		...comparisons.flatMap((c) =>
			c.data.examples.map((e) => ({ name: `the "${c.data.title}" example for ${e.code.id}`, request: e.request })),
		),
	];
	for (const { name, request } of requests) {
		test(name, () => {
			const parsed = parseRequest(request.split(/\n(?=HTTP\/)/)[0]!);
			assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors.map((e) => e.message).join('; '));
			if (!parsed.ok) return;
			const has = (field: string) => parsed.value.fields.some((f) => f.name.toLowerCase() === field);
			if (!has('content-type') || /100-continue/i.test(parsed.value.fields.find((f) => f.name.toLowerCase() === 'expect')?.value ?? ''))
				return;
			assert.equal(parsed.value.content.kind, 'pasted', 'the request declares a Content-Type but carries no content');
		});
	}
});
