// The code pages' descriptions, checked from content/: the site's own words, long enough to answer the
// reader, and plone.restapi's glossary kept apart in `plone.glossary`.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codes, plain } from '../../catalog/content.ts';
import { doubledWord, proseWords } from '../support/words.ts';

/** plone.restapi's glossary sentence for a code, or undefined when it has none. */
const glossaryOf = (data: Record<string, unknown>) =>
	((data.plone as { glossary?: unknown } | undefined)?.glossary || undefined) as string | undefined;

// The floors, in words of the site's own description (the glossary quotation does not count):
// - every code: 100. The shortest of the 54 pages that never leaned on the glossary runs to 104 words, and
//   saying what a code means, when to send it and what to send instead does not fit in fewer.
// - the ten glossary codes: 300. They are the codes people look up most, and MDN's pages for them, the
//   fullest other reference, run to 101-266 words of explanation (counted 2026-11-26, the prose around
//   their examples included); each of ours has to say more than the longest of those.
const FLOOR = 100;
const GLOSSARY_FLOOR = 300;

test("the ten codes of plone.restapi's glossary are the ones that carry its sentence", () => {
	assert.deepEqual(
		codes.filter((c) => glossaryOf(c.data)).map((c) => c.code),
		[200, 201, 204, 400, 401, 403, 404, 405, 409, 500],
	);
});

for (const code of codes) {
	const quote = glossaryOf(code.data);
	const floor = quote ? GLOSSARY_FLOOR : FLOOR;
	test(`the ${code.title} description is in the site's own words and at least ${floor} words long`, () => {
		if (quote)
			assert.ok(!plain(code.body).includes(plain(quote)), 'the body repeats the glossary sentence; it belongs in plone.glossary only');
		const words = proseWords(code.body).length;
		assert.ok(words >= floor, `${words} words, fewer than ${floor}`);
	});
}

test('prose words leave out link targets and Markdown marks', () => {
	assert.deepEqual(
		proseWords('See [RFC 9110 section 15.5.5](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5), `Allow` and **this**.'),
		['See', 'RFC', '9110', 'section', '15.5.5', 'Allow', 'and', 'this'],
	);
});

test('the doubled-word check finds "the the" and passes ordinary prose and block breaks', () => {
	assert.equal(doubledWord('Send it to the the server.'), 'the the');
	assert.equal(doubledWord('That is The the end.'), 'The the');
	assert.equal(doubledWord('Send 404 when nothing answers, then the 410.'), undefined);
	assert.equal(doubledWord('Related codes\nCodes people confuse'), undefined);
});
