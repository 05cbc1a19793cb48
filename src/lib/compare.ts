// Comparison pages (/compare/401-403-404/): their addresses, their references resolved, and the decision table
// derived from the compared codes' own frontmatter, so no fact about a code is typed twice. Pure (no astro:* and no
// node:* import), like the model it extends.
import type { z } from 'astro/zod';
import type { compareSchema } from '../schemas/compare.ts';
import type { REDIRECT_METHODS, REDIRECT_MOVES } from '../schemas/fields.ts';
import { CACHE_FILTER } from './cacheability.ts';
import { classOf } from './code-names.ts';
import type { CodeData } from './model.ts';
import type { Spec } from './spec.ts';

/** A comparison's frontmatter, as its schema outputs it. */
export type CompareData = z.output<ReturnType<typeof compareSchema>>;

/** The site path of the comparisons' index. */
export const COMPARE_INDEX_PATH = 'compare/';

/** A comparison's site path without the base, from its file name, e.g. `compare/401-403-404/`. */
export function comparePath(id: string): string {
	return `${COMPARE_INDEX_PATH}${id}/`;
}

/** A comparison with its path and its codes and examples resolved; `C` is the site's (or Node's) code entry. */
export type Comparison<E, C> = E & {
	path: string;
	codes: C[];
	examples: { code: C; case: string; request: string; response: string }[];
};

/** A comparison entry with its references resolved by id; a reference to no code is left out (the checks report it). */
export function toComparison<E extends { id: string; data: CompareData }, C>(entry: E, byId: ReadonlyMap<string, C>): Comparison<E, C> {
	return {
		...entry,
		path: comparePath(entry.id),
		codes: entry.data.codes.flatMap((ref) => byId.get(ref.id) ?? []),
		examples: entry.data.examples.flatMap(({ code, ...rest }) => {
			const c = byId.get(code.id);
			return c ? [{ code: c, ...rest }] : [];
		}),
	};
}

/** The comparisons a code takes part in, for its page's "Compare with" links. */
export function comparisonsOf<T extends { data: { codes: readonly { id: string }[] } }>(code: number, all: readonly T[]): T[] {
	return all.filter((c) => c.data.codes.some((ref) => ref.id === String(code)));
}

/** One cell of the decision table: short text (backticks for code), and the section that says so, if any. */
export interface Cell {
	text: string;
	source?: Spec | undefined;
}

/** One row of the decision table: what it asks, and one cell per compared code, in column order. */
export interface Row {
	label: string;
	cells: Cell[];
}

/** What becomes of the method when a client follows the redirect, in the table's words. */
const METHOD_WORDS: Record<(typeof REDIRECT_METHODS)[number], string> = {
	'may-become-get': 'A POST MAY become a GET',
	'becomes-get': 'Retrieved with GET (or HEAD)',
	kept: 'Kept, with its content',
};

/** What a redirect says of the resource, in the table's words. */
const MOVE_WORDS: Record<(typeof REDIRECT_MOVES)[number], string> = {
	permanent: 'Moved for good',
	temporary: 'Elsewhere for now',
	'other-resource': 'Not moved: the answer is another resource',
};

/** The sections that say a response cannot contain content. */
const NO_CONTENT: Record<number, Spec> = {
	204: { document: 'RFC 9110', section: '15.3.5' },
	304: { document: 'RFC 9110', section: '15.4.5' },
};

/** Whether a response with this code has content, and what the spec says of it. */
export function contentCell(data: Pick<CodeData, 'code' | 'spec' | 'redirect'>): Cell {
	const { code } = data;
	const none = classOf(code) === '1xx' ? { document: 'RFC 9110', section: '15.2' } : NO_CONTENT[code];
	if (none) return { text: 'None: it cannot contain content', source: none };
	if (classOf(code) === '4xx')
		return { text: 'An explanation of the error (SHOULD, except to HEAD)', source: { document: 'RFC 9110', section: '15.5' } };
	if (classOf(code) === '5xx')
		return { text: 'An explanation of the error (SHOULD, except to HEAD)', source: { document: 'RFC 9110', section: '15.6' } };
	// RFC 9110 describes each redirect's content in its own section: usually a short note linking the new URI.
	if (data.redirect) return { text: 'Usually a short note with a link to the new URI', source: data.spec };
	return { text: 'Yes, as the method and the code define it' };
}

/** The header fields a code MUST or SHOULD carry, strongest first; the section of the first rule is cited. */
function fieldsCell(headers: CodeData['headers']): Cell {
	const parts: string[] = [];
	let source: Spec | undefined;
	for (const strength of ['MUST', 'SHOULD'] as const) {
		const rules = headers.filter((h) => h.strength === strength);
		if (rules.length === 0) continue;
		source ??= rules[0]!.source;
		const fields = [...new Set(rules.map((h) => `\`${h.field}\``))].join(', ');
		parts.push(`${strength} ${fields}${rules.every((h) => h.when) ? ', in some cases' : ''}`);
	}
	return parts.length ? { text: parts.join('; '), source } : { text: 'None required' };
}

/**
 * The decision table of a comparison: one column per code, rows derived from each code's frontmatter. The
 * redirect row appears only when a compared code is a redirect, so a 4xx comparison is not padded with dashes.
 */
export function decisionTable(codes: readonly CodeData[]): Row[] {
	const rows: Row[] = [
		{ label: 'Means', cells: codes.map((c) => ({ text: c.summary })) },
		{
			label: 'Cacheable by default',
			cells: codes.map((c) => ({ text: CACHE_FILTER[c.cacheable.state], source: c.cacheable.source })),
		},
		{ label: 'Has content', cells: codes.map((c) => contentCell(c)) },
		{ label: 'Header fields', cells: codes.map((c) => fieldsCell(c.headers)) },
		{
			label: 'Repeat the same request?',
			cells: codes.map((c) => (c.retry ? { text: c.retry.answer, source: c.retry.source } : { text: '—' })),
		},
		// The citation beside an empty text is the cell: the link to the defining section.
		{ label: 'Defined in', cells: codes.map((c) => ({ text: '', source: c.spec })) },
	];
	if (codes.some((c) => c.redirect)) {
		rows.splice(
			1,
			0,
			{
				label: 'The resource',
				cells: codes.map((c) => (c.redirect ? { text: MOVE_WORDS[c.redirect.move] } : { text: '—' })),
			},
			{
				label: 'Method of the next request',
				cells: codes.map((c) => (c.redirect ? { text: METHOD_WORDS[c.redirect.method], source: c.redirect.source } : { text: '—' })),
			},
		);
	}
	// A row no compared code speaks to (retrying, for five redirects) says nothing: leave it out.
	return rows.filter((row) => row.cells.some((cell) => cell.text !== '—'));
}
