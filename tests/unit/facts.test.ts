// The helpers the facts block is built with: rule grouping, source links and cacheability words.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupHeaderRules, type HeaderRule } from '../../src/lib/header-rules.ts';
import { specCitation } from '../../src/lib/spec.ts';
import { CACHE_FILTER } from '../../src/lib/cacheability.ts';
import { sharedConditions, type FactsRule } from '../support/facts.ts';

const rfc9110 = (section: string) => ({ document: 'RFC 9110', section });
const rule = (field: string, strength: string, when?: string, section = '15.4.5'): HeaderRule => ({
	field,
	strength,
	when,
	rule: `${field} rule.`,
	source: rfc9110(section),
});

test('rules that share strength, condition and source become one group, in the order the content lists them', () => {
	const when = 'a 200 to the same request would have carried it';
	const groups = groupHeaderRules([
		rule('Date', 'MUST', when),
		rule('Location', 'SHOULD'),
		rule('ETag', 'MUST', when),
		rule('Vary', 'MUST', when),
	]);
	assert.deepEqual(
		groups.map((g) => [g.strength, g.when, g.rules.map((r) => r.field)]),
		[
			['MUST', when, ['Date', 'ETag', 'Vary']],
			['SHOULD', undefined, ['Location']],
		],
	);
});

test('rules without a condition, or with another strength or source, stay apart', () => {
	const when = 'the condition';
	const groups = groupHeaderRules([
		rule('A', 'MUST'),
		rule('B', 'MUST'),
		rule('C', 'MUST', when),
		rule('D', 'SHOULD', when),
		rule('E', 'MUST', when, '15.1'),
	]);
	assert.equal(groups.length, 5);
});

// specUrl is pinned in lib.test.ts; the citation beside each fact is pinned here.
test('a source is cited briefly: document and section', () => {
	assert.equal(specCitation(rfc9110('15.1')), 'RFC 9110 §15.1');
	assert.equal(specCitation({ document: 'RFC 7725' }), 'RFC 7725');
});

test('the search filter names each cacheability state in words a reader picks', () => {
	assert.deepEqual(CACHE_FILTER, { heuristic: 'Yes', explicit: 'Only when its headers allow', never: 'Never stored' });
});

test('a condition shared by one rule only is not a group', () => {
	const fact = (field: string, when: string): FactsRule => ({
		field,
		strength: 'MUST',
		when,
		rule: `${field} rule.`,
		source: rfc9110('15.4.5'),
	});
	const shared = sharedConditions([fact('A', 'x'), fact('B', 'y'), fact('C', 'y')]);
	assert.deepEqual([...shared.keys()], ['y']);
});
