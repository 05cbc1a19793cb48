// The model pages derive from content: addresses, anchors, titles, resolved references, short links. Pinned records,
// written out by hand, so a change to how an address is built shows here first.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { unregisteredData } from '../../src/lib/content-files.ts';
import { codeFrontmatter, vendorUse } from '../support/frontmatter.ts';
import { byNumber, codeFacts, shortLinks, toClass, toCode, toUnregistered } from '../../src/lib/model.ts';

const code = (n: number, phrase: string, extra: Record<string, unknown> = {}) => ({
	id: String(n),
	data: codeFrontmatter(n, { phrase, ...extra }),
});

const unregistered = (n: number, title: string, vendors: string[], extra: Record<string, unknown> = {}) => ({
	id: String(n),
	data: unregisteredData.parse({
		code: n,
		title,
		summary: 'One sentence.',
		uses: vendors.map(vendorUse),
		instead: [{ code: '504', when: 'then' }],
		...extra,
	}),
});

test("a code's facts: anchor, title, page path and link-preview image", () => {
	assert.deepEqual(codeFacts(404, 'Not Found'), {
		anchor: '404-not-found',
		title: '404 Not Found',
		path: '404-not-found/',
		ogImage: 'og/404-not-found.png',
	});
	assert.equal(codeFacts(418, "I'm a teapot").path, '418-im-a-teapot/');
});

test('a class lists its own codes, with its anchor and label', () => {
	const codes = [code(404, 'Not Found'), code(500, 'Internal Server Error')];
	const c = toClass({ data: { class: '4xx', phrase: 'Client Error' } }, codes);
	assert.equal(c.anchor, '4xx-client-error');
	assert.equal(c.label, '4xx Client Error');
	assert.deepEqual(
		c.codes.map((x) => x.id),
		['404'],
	);
});

test('an unregistered number: page by number, vendor anchors and paths, resolved "instead", its registered twin', () => {
	const registered = new Map([
		['451', 'the 451 page'],
		['504', 'the 504 page'],
	]);
	const u499 = toUnregistered(unregistered(499, 'Client Closed Request', ['nginx', 'Esri ArcGIS']), registered);
	assert.equal(u499.anchor, '499-unregistered');
	assert.equal(u499.title, '499 Client Closed Request');
	assert.equal(u499.path, 'unregistered/499/');
	assert.equal(u499.ogImage, 'og/unregistered-499.png');
	assert.deepEqual(
		u499.uses.map(({ anchor, path }) => ({ anchor, path })),
		[
			{ anchor: '499-nginx', path: 'unregistered/499/#499-nginx' },
			{ anchor: '499-esri-arcgis', path: 'unregistered/499/#499-esri-arcgis' },
		],
	);
	assert.deepEqual(u499.instead, [{ code: 'the 504 page', when: 'then' }]);
	assert.equal(u499.registeredTwin, undefined);
	const u451 = toUnregistered(unregistered(451, 'Redirect', ['Microsoft Exchange ActiveSync'], { alsoRegistered: true }), registered);
	assert.equal(u451.registeredTwin, 'the 451 page');
});

test('short links: every registered code, and every unregistered number but one also registered', () => {
	const codes = byNumber([code(451, 'Unavailable For Legal Reasons'), code(404, 'Not Found')].map(toCode));
	const registered = new Map(codes.map((c) => [c.id, c]));
	const others = [
		toUnregistered(unregistered(499, 'Client Closed Request', ['nginx']), registered),
		toUnregistered(unregistered(451, 'Redirect', ['Microsoft Exchange ActiveSync'], { alsoRegistered: true }), registered),
	];
	assert.deepEqual(shortLinks(codes, others), [
		{ code: 404, from: 'codes/404/', to: '404-not-found/', title: '404 Not Found' },
		{ code: 451, from: 'codes/451/', to: '451-unavailable-for-legal-reasons/', title: '451 Unavailable For Legal Reasons' },
		{ code: 499, from: 'codes/499/', to: 'unregistered/499/', title: '499 Client Closed Request (unregistered)' },
	]);
});
