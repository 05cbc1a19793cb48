// A temporary registration's expiry as a code page shows it, from the registry copy and the build date.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { expiryInStatus, expiryNotice, parseExpiries } from '../../src/lib/registration-expiry.ts';

const COPY = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'iana-status-codes.tsv'), 'utf8');

test('the registry copy gives 104 its expiry date, and no other code one', () => {
	assert.deepEqual([...parseExpiries(COPY)], [[104, '2026-11-13']]);
});

test('after the expiry date the page says that the registration expired and to check the registry', () => {
	const notice = expiryNotice('2026-11-13', new Date('2026-12-03T08:00:00Z'));
	assert.equal(notice?.expired, true);
	assert.equal(notice?.text, 'The registration expired on 2026-11-13; check the IANA registry for its renewal.');
});

test('before the expiry date, and on the day itself, the page says until when it is registered', () => {
	for (const today of ['2026-06-01T00:00:00Z', '2026-11-13T23:59:59Z']) {
		const notice = expiryNotice('2026-11-13', new Date(today));
		assert.equal(notice?.expired, false, today);
		assert.match(notice?.text ?? '', /^Registered until 2026-11-13, temporarily: the IANA registry shows whether it is renewed\.$/, today);
	}
});

test('a code without an expiry shows no notice', () => {
	assert.equal(expiryNotice(undefined, new Date('2030-01-01T00:00:00Z')), undefined);
	assert.equal(expiryInStatus('permanent'), undefined);
});

test('a temporary registration whose date the copy does not give stops the build', () => {
	const broken = COPY.replace('temporary (registration listed as expiring 2026-11-13)', 'temporary');
	assert.throws(() => parseExpiries(broken), /104 is temporary but its status gives no "expiring YYYY-MM-DD"/);
});
