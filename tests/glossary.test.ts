import { expect, test } from './support/fixtures';
import { classes, codes, firstSentence, plain } from './support/content';
import { proseWords } from './support/words';
import { PLONE_GLOSSARY_URL } from '../src/consts';

/** plone.restapi's glossary sentence for an entry, or undefined when its page has none. */
const glossaryOf = (data: Record<string, unknown>) => ((data.plone as { glossary?: unknown } | undefined)?.glossary || undefined) as string | undefined;

// The floors, in words of the site's own description (the glossary quotation does not count):
// - every code: 100. The shortest of the 54 pages that never leaned on the glossary runs to 104 words, and
//   saying what a code means, when to send it and what to send instead does not fit in fewer.
// - the ten glossary codes: 300. They are the codes people look up most, and MDN's pages for them, the
//   fullest other reference, run to 101-266 words of explanation (counted 2026-11-26, examples' prose
//   included); each of ours has to say more than the longest of those.
const FLOOR = 100;
const GLOSSARY_FLOOR = 300;

const glossaryCodes = codes.filter((c) => glossaryOf(c.data));

test('the ten codes of plone.restapi\'s glossary are the ones that carry its sentence', () => {
	expect(glossaryCodes.map((c) => c.code)).toEqual([200, 201, 204, 400, 401, 403, 404, 405, 409, 500]);
});

for (const code of glossaryCodes) {
	const quote = glossaryOf(code.data)!;
	test(`the ${code.title} page quotes plone.restapi's glossary with its source, apart from the site's own explanation`, async ({ page }) => {
		await page.goto(`${code.anchor}/`);
		const figure = page.getByRole('figure', { name: /plone\.restapi.*glossary/ });
		await expect(figure).toHaveCount(1);
		await expect(figure.getByRole('blockquote')).toHaveText(quote);
		await expect(figure.getByRole('blockquote')).toHaveAttribute('cite', PLONE_GLOSSARY_URL);
		await expect(figure.getByRole('link')).toHaveAttribute('href', PLONE_GLOSSARY_URL);
		const article = plain(await page.getByRole('article').innerText());
		// The site's own explanation is on the page too, and the glossary's words appear only inside the quotation.
		expect(article).toContain(firstSentence(code.body));
		expect(article.split(plain(quote)).length - 1, 'the glossary sentence appears once, as the quotation').toBe(1);
	});
}

for (const codeClass of classes.filter((c) => glossaryOf(c.data))) {
	test(`the index quotes plone.restapi's glossary for ${codeClass.id} ${codeClass.phrase} with its source`, async ({ page }) => {
		await page.goto('');
		const section = page.getByRole('region', { name: `${codeClass.id} ${codeClass.phrase}` });
		const figure = section.getByRole('figure', { name: /plone\.restapi.*glossary/ });
		await expect(figure.getByRole('blockquote')).toHaveText(glossaryOf(codeClass.data)!);
		await expect(figure.getByRole('link')).toHaveAttribute('href', PLONE_GLOSSARY_URL);
		expect(plain(await section.innerText())).toContain(firstSentence(codeClass.body));
	});
}

for (const code of codes) {
	const quote = glossaryOf(code.data);
	const floor = quote ? GLOSSARY_FLOOR : FLOOR;
	test(`the ${code.title} description is in the site's own words and at least ${floor} words long`, () => {
		if (quote) expect(plain(code.body), 'the body does not repeat the glossary sentence').not.toContain(plain(quote));
		expect(proseWords(code.body).length).toBeGreaterThanOrEqual(floor);
	});
}
