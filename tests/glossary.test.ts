import { expect, test } from './support/fixtures';
import { classes, codes, firstSentence, plain } from '../catalog/content';
import { PLONE_GLOSSARY_URL } from '../src/consts';

// The floors and the own-words check of the descriptions are in tests/unit/descriptions.test.ts.

/** plone.restapi's glossary sentence for an entry, or undefined when its page has none. */
const glossaryOf = (data: Record<string, unknown>) =>
	((data.plone as { glossary?: unknown } | undefined)?.glossary || undefined) as string | undefined;

for (const code of codes.filter((c) => glossaryOf(c.data))) {
	const quote = glossaryOf(code.data)!;
	test(`the ${code.title} page quotes plone.restapi's glossary with its source, apart from the site's own explanation`, async ({
		readingPage: page,
	}) => {
		await page.goto(code.path);
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
	test(`the index quotes plone.restapi's glossary for ${codeClass.id} ${codeClass.phrase} with its source`, async ({
		readingPage: page,
	}) => {
		await page.goto('');
		const section = page.getByRole('region', { name: `${codeClass.id} ${codeClass.phrase}` });
		const figure = section.getByRole('figure', { name: /plone\.restapi.*glossary/ });
		await expect(figure.getByRole('blockquote')).toHaveText(glossaryOf(codeClass.data)!);
		await expect(figure.getByRole('link')).toHaveAttribute('href', PLONE_GLOSSARY_URL);
		expect(plain(await section.innerText())).toContain(firstSentence(codeClass.body));
	});
}
