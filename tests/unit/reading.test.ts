// The helpers behind reading a code page: codes named in prose, plone.restapi requests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeMentions } from '../../src/lib/code-mentions.ts';
import { identifierRuns, requestRuns } from '../../src/lib/identifiers.ts';
import { codes } from '../../catalog/content.ts';

const phrases = new Map(codes.map((c) => [c.code, c.phrase]));
const found = (text: string) => codeMentions(text, phrases).map((m) => text.slice(m.start, m.end));

test('a code mention is a standalone three-digit number of a code with a page', () => {
	assert.deepEqual(found('If the format is right, use 422; compare 406 Not Acceptable, or a 400.'), ['422', '406 Not Acceptable', '400']);
});

test('section numbers, versions, ranges, longer numbers and codes without a page are not code mentions', () => {
	assert.deepEqual(found('RFC 9110, section 15.4.9; HTTP/1.1; 200-299; 4040; 1.100; v2.404; 15.5.21; #404'), []);
	// 499 is nginx's own code: no page, so no link.
	assert.deepEqual(found('nginx logs 499 when the client closed the connection'), []);
});

test('a request reads as a phrase, with only identifiers as code', () => {
	const show = (method: string, endpoint: string) =>
		requestRuns(method, endpoint)
			.map((r) => (r.code ? `\`${r.text}\`` : r.text))
			.join('');
	assert.equal(show('any', 'any protected resource'), 'Any method on any protected resource');
	assert.equal(show('PATCH', 'a content object'), '`PATCH` on a content object');
	assert.equal(show('POST', '@copy, @move'), '`POST` `@copy`, `@move`');
	assert.equal(
		show('any method except GET', 'any URL that plone.app.redirector holds as an alias'),
		'Any method except `GET` on any URL that `plone.app.redirector` holds as an alias',
	);
	assert.deepEqual(identifierRuns('a folderish object'), [{ text: 'a folderish object', code: false }]);
});
