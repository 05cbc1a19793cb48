// The weekly registry check (scripts/iana-registry-diff.ts), run on CSV files laid out as IANA publishes the registry:
// one as the copy in data/ describes it, and one for each kind of change the check must report. No network.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { compareFiles, diffRegistry, parseRegistryCopy, parseRegistryCsv } from '../../scripts/iana-registry-diff.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const COPY = join(import.meta.dirname, '..', '..', 'data', 'iana-status-codes.tsv');
const copy = parseRegistryCopy(readFileSync(COPY, 'utf8'));
/** The differences between a fixture registry and the project's copy. */
const against = (fixture: string) => diffRegistry(parseRegistryCsv(readFileSync(join(FIXTURES, fixture), 'utf8')), copy);

test('a registry that matches the copy gives no difference', () => {
	assert.deepEqual(against('iana-registry-unchanged.csv'), []);
});

test('the CSV is read as IANA writes it: quoted descriptions, unassigned ranges left out, markers as the kind', () => {
	const entries = parseRegistryCsv(readFileSync(join(FIXTURES, 'iana-registry-unchanged.csv'), 'utf8'));
	assert.equal(entries.length, copy.length);
	assert.deepEqual(
		entries.find((e) => e.code === 104),
		{
			code: 104,
			phrase: 'Upload Resumption Supported',
			document: 'draft-ietf-httpbis-resumable-upload-05',
			section: undefined,
			kind: 'temporary',
			expires: '2026-11-13',
		},
	);
	assert.deepEqual(
		entries.filter((e) => e.kind !== 'registered').map((e) => [e.code, e.kind]),
		[
			[104, 'temporary'],
			[306, 'unused'],
			[418, 'unused'],
			[510, 'obsoleted'],
		],
	);
	assert.deepEqual(
		entries.find((e) => e.code === 206),
		{ code: 206, phrase: 'Partial Content', document: 'RFC 9110', section: '15.3.7', kind: 'registered', expires: undefined },
	);
});

test('a changed phrase is reported with both spellings', () => {
	assert.deepEqual(against('iana-registry-changed-phrase.csv'), [
		'422: the registry\'s phrase is "Unprocessable Entity"; the copy says "Unprocessable Content".',
	]);
});

test('a code added to the registry is reported', () => {
	assert.deepEqual(against('iana-registry-added-code.csv'), [
		'427: added to the registry as "Example Added Code" (RFC 9999, registered); the copy lacks it.',
	]);
});

test('a renewed temporary registration is reported with both expiry dates', () => {
	assert.deepEqual(against('iana-registry-104-renewed.csv'), [
		'104: the registry lists it as temporary until 2027-11-13; the copy says temporary until 2026-11-13.',
	]);
});

test('a temporary registration that expired and left the registry is reported', () => {
	assert.deepEqual(against('iana-registry-104-expired.csv'), [
		'104: no longer in the registry; the copy still lists "Upload Resumption Supported" (temporary until 2026-11-13).',
	]);
});

test('a registration made permanent, or a changed section, is reported', () => {
	const registry = copy.map((e) =>
		e.code === 104 ? { ...e, kind: 'registered' as const, expires: undefined } : e.code === 200 ? { ...e, section: '15.3.9' } : e,
	);
	assert.deepEqual(diffRegistry(registry, copy), [
		'104: the registry lists it as registered; the copy says temporary until 2026-11-13.',
		'200: the registry cites section 15.3.9; the copy says 15.3.1.',
	]);
});

test('the command fails and names the copy, the registry and each difference; it passes when they agree', () => {
	const differs = compareFiles(join(FIXTURES, 'iana-registry-104-renewed.csv'), COPY);
	assert.equal(differs.exitCode, 1);
	assert.match(differs.lines[0]!, /iana-status-codes\.tsv differs from the IANA registry \(https:\/\/www\.iana\.org\/.+\) in 1 place/);
	assert.match(differs.lines[1]!, /^ {2}104: /);
	assert.equal(compareFiles(join(FIXTURES, 'iana-registry-unchanged.csv'), COPY).exitCode, 0);
});
