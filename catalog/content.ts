// The content collection as the tests and the bench see it: read from content/ through the site's own schemas
// (src/lib/content-files.ts), so a new MDX file gets its tests with no test edit.
import { anchorFor } from '../src/lib/anchor.ts';
import { codeTitle } from '../src/lib/code-names.ts';
import { readClasses, readCodes, type codeData } from '../src/lib/content-files.ts';
import type { z } from 'astro/zod';

/** A code's frontmatter, parsed by the site's own schema (defaults filled in). */
export type CodeData = z.output<typeof codeData>;

/** A status code as the tests use it. */
export interface TestCode {
	code: number;
	phrase: string;
	class: string;
	summary: string;
	title: string;
	anchor: string;
	body: string;
	data: CodeData;
}

/** Every code, sorted numerically. */
export const codes: TestCode[] = readCodes()
	.map(({ data, body }) => ({
		code: data.code,
		phrase: data.phrase,
		class: data.class,
		summary: data.summary,
		title: codeTitle(data.code, data.phrase),
		anchor: anchorFor(data.code, data.phrase),
		body,
		data,
	}))
	.sort((a, b) => a.code - b.code);

/** Every class that has codes, in numeric order. */
export const classes = readClasses()
	.map(({ data, body }) => ({ id: data.class, phrase: data.phrase, anchor: anchorFor(data.class, data.phrase), body, data }))
	.filter((c) => codes.some((code) => code.class === c.id))
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
