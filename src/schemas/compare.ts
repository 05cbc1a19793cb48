// The schema of a comparison page (`content/compare/<codes>.mdx`): the codes people argue about, the same
// scenario answered by each, and what large APIs choose. The decision table is not here: it is derived from the
// codes' own frontmatter, so no fact about a code is typed twice.
import { z } from 'astro/zod';
import type { CodeRef } from './code.ts';
import { missingOr, text } from './fields.ts';

/** A date written as YYYY-MM-DD, the day a source was read. */
const readOn = z
	.union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')], {
		error: missingOr('the day you read the source, e.g. read: 2026-12-03', 'must be a date written as YYYY-MM-DD'),
	})
	.transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10)));

/** The frontmatter schema of a comparison page, given how references to codes are read. */
export function compareSchema(codeRef: CodeRef) {
	return z.strictObject({
		/** The question the page settles, e.g. "401, 403 or 404?": the page title and heading. */
		title: text('the question, e.g. "401, 403 or 404?"').pipe(z.string().max(60, 'must be at most 60 characters: it is the page title')),
		/** One sentence for the index, search results and link previews. */
		summary: text('a one-sentence summary').pipe(z.string().max(200, 'must be one sentence of at most 200 characters')),
		/** The codes compared, in the order of the table's columns; the build checks each has a page. */
		codes: z
			.array(codeRef, {
				error: missingOr('the codes compared, e.g. codes: ["401", "403"]', 'must be a list of codes such as ["401", "403"]'),
			})
			.min(2, 'must name at least two codes'),
		/** The key of the guide's question that settles the same choice (a page at /guide/<key>/). */
		guide: text('the key of a guide question, e.g. guide: credentials'),
		/** How people phrase the choice when they search ("401 vs 403"); weighted in the search index. */
		searchTerms: z.array(text('a search phrase, e.g. "401 vs 403"')).default([]),
		/** The one scenario every example answers, so the reader sees the codes side by side. */
		scenario: text('the scenario the examples share'),
		/** One exchange per code, in the same scenario. */
		examples: z.array(
			z.strictObject({
				/** The code this exchange shows; it must be one of `codes`. */
				code: codeRef,
				/** The case within the scenario that calls for this code. */
				case: text('the case that calls for this code'),
				request: text('the example request'),
				response: text('the example response'),
			}),
		),
		/** What large APIs and API style guides choose, each from its own document. */
		guidelines: z
			.array(
				z.strictObject({
					/** Who, e.g. "Zalando RESTful API Guidelines". */
					who: text('whose guideline or API, e.g. "GitHub REST API"'),
					/** The codes it chooses for this choice. */
					picks: z.array(z.string().regex(/^[1-5]\d\d$/, 'must be three-digit codes as strings, e.g. ["400"]')).min(1),
					/** What it says, in our words (a short quotation at most). */
					says: text('what the source says, in your words'),
					/** Its own document, at a commit or tag where it has one. */
					url: z.url({ error: 'must be the address of the source document' }),
					/** The day it was read. */
					read: readOn,
				}),
			)
			.min(1, 'must name at least one API or guideline, each with its source'),
	});
}
