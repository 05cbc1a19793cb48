// The pure helpers the pages are built with, checked without a build or a browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { anchorFor, headingId, legacyAnchorFor } from '../../src/lib/anchor.ts';
import { inlineCode } from '../../src/lib/inline-code.ts';
import { specLabel, specUrl } from '../../src/lib/spec.ts';
import { hrefsOf, idsOf, policyOf } from '../support/html.ts';

test('anchors are github-slugger slugs of "CODE Reason phrase"', () => {
	assert.equal(anchorFor(404, 'Not Found'), '404-not-found');
	assert.equal(anchorFor(418, "I'm a teapot"), '418-im-a-teapot');
	assert.equal(anchorFor('4xx', 'Client Error'), '4xx-client-error');
	assert.equal(headingId('Related codes'), 'related-codes');
});

test("plone.restapi's old glossary anchors keep their case and hyphens", () => {
	assert.equal(legacyAnchorFor(404, 'Not Found'), 'term-404-Not-Found');
	assert.equal(legacyAnchorFor(405, 'Method Not Allowed'), 'term-405-Method-Not-Allowed');
});

test('spec links go to the section on rfc-editor.org, drafts to the datatracker', () => {
	assert.equal(specUrl({ document: 'RFC 9110', section: '15.5.5' }), 'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5');
	assert.equal(specUrl({ document: 'RFC 2324' }), 'https://www.rfc-editor.org/rfc/rfc2324');
	assert.equal(
		specUrl({ document: 'draft-ietf-httpbis-resumable-upload-05' }),
		'https://datatracker.ietf.org/doc/html/draft-ietf-httpbis-resumable-upload-05',
	);
	assert.equal(specLabel({ document: 'RFC 9110', section: '15.5.5' }), 'RFC 9110, section 15.5.5');
	assert.equal(specLabel({ document: 'RFC 2324' }), 'RFC 2324');
});

test('backticks in a rule become code runs, and empty runs are dropped', () => {
	assert.deepEqual(inlineCode('Send `Allow` with it'), [
		{ text: 'Send ', code: false },
		{ text: 'Allow', code: true },
		{ text: ' with it', code: false },
	]);
	assert.deepEqual(inlineCode('`ETag`'), [{ text: 'ETag', code: true }]);
});

test('the HTML readers decode links, ids and the policy as a browser would', () => {
	const html =
		'<meta http-equiv="Content-Security-Policy" content="default-src &#39;self&#39;"><a href="/a?x=1&amp;y=2">a</a><form action="/search/"></form><li id="404-not-found">';
	assert.deepEqual(hrefsOf(html), ['/a?x=1&y=2', '/search/']);
	assert.ok(idsOf(html).has('404-not-found'));
	assert.equal(policyOf(html), "default-src 'self'");
});
