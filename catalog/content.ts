// The content collection as the tests and the bench see it: read from content/ through the site's own schemas
// (src/lib/content-files.ts), so a new MDX file gets its tests with no test edit.
import { readClasses, readCodes } from '../src/lib/content-files.ts';
import { byNumber, toClass, toCode, type CodeData, type CodeFacts } from '../src/lib/model.ts';

export type { CodeData };

/** A status code as the tests use it: its frontmatter's main fields flat, and the facts the site derives (anchor, title, path). */
export interface TestCode extends CodeFacts {
	code: number;
	phrase: string;
	class: string;
	summary: string;
	body: string;
	data: CodeData;
}

/** Every code, sorted numerically. */
export const codes: TestCode[] = byNumber(readCodes().map(toCode)).map(({ data, body, anchor, title, path, ogImage }) => ({
	code: data.code,
	phrase: data.phrase,
	class: data.class,
	summary: data.summary,
	anchor,
	title,
	path,
	ogImage,
	body,
	data,
}));

/** Every class that has codes, in numeric order. */
export const classes = readClasses()
	.map((entry) => toClass(entry, codes))
	.filter((c) => c.codes.length > 0)
	.map(({ data, body, anchor, label }) => ({ id: data.class, phrase: data.phrase, anchor, label, body, data }))
	.sort((a, b) => a.id.localeCompare(b.id));

/** Text as a reader sees it, whatever typography MDX applied: straight quotes, single spaces, no Markdown marks or link targets. */
export function plain(text: string): string {
	return text
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[‘’]/g, "'")
		.replace(/[“”]/g, '"')
		.replace(/[`*]/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/** The first sentence of a body, as plain text: enough to prove the description is on the page. */
export function firstSentence(body: string): string {
	const text = plain(body);
	return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}
