// The schema of a registered code's frontmatter, shared by the site (src/content.config.ts) and by Node
// (src/lib/content-files.ts), so the tests read the content exactly as the site does.
import { z } from 'astro/zod';
import {
	cacheability,
	classId,
	headerRule,
	ploneGlossary,
	ploneUse,
	redirectRule,
	retryRule,
	specRef,
	statusNumber,
	text,
} from './fields.ts';

/** A reference to another code by its number as a string, e.g. "404": Astro's `reference('codes')` on the site. */
export type CodeRef = z.ZodType<{ collection: 'codes'; id: string }, unknown>;

/** The frontmatter schema of `content/codes/<code>.mdx`, given how references to other codes are read. */
export function codeSchema(codeRef: CodeRef) {
	/** A case where people reach for a code but another is right. */
	const notWhen = z.strictObject(
		{
			/** The right code; the build checks it exists. */
			code: codeRef,
			/** The case and why the other code fits it, in one sentence, e.g. "the user is signed in but lacks permission". */
			why: text('why the other code is right, in one sentence'),
		},
		{ error: 'must be { code: "403", why: "…" }: the right code and why it fits' },
	);

	return z.strictObject({
		/** The three-digit status code; the file name must be the same number. */
		code: statusNumber(404),
		/** The registered reason phrase, e.g. `Not Found`. */
		phrase: text('the reason phrase, e.g. "Not Found"'),
		/** The class the code belongs to: its first digit, then `xx`. */
		class: classId,
		/** One sentence for the index and search results. */
		summary: text('a one-sentence summary').pipe(z.string().max(200, 'must be one sentence of at most 200 characters')),
		/** Defining document and section, as the IANA registry lists them. */
		spec: specRef('where the code is defined'),
		/** Registry status where it is not plain "permanent". */
		status: z.enum(['permanent', 'temporary', 'unused', 'deprecated', 'reserved', 'obsoleted']).default('permanent'),
		/** Whether caches may reuse it by default, only when its headers allow, or never; with the section that says so. */
		cacheable: cacheability,
		/** Whether the client may send the same request again; shown in comparisons. */
		retry: retryRule.optional(),
		/** For a redirect: permanent or not, and what becomes of the method; shown in comparisons. */
		redirect: redirectRule.optional(),
		/** Header rules the spec attaches to the code. */
		headers: z.array(headerRule).default([]),
		/** A short example exchange: request lines, then the response status line and headers (none for unused codes). */
		example: z.strictObject({ request: text('the example request'), response: text('the example response') }).optional(),
		/** How plone.restapi uses the code. */
		plone: z
			.strictObject({
				/** Listed on plone.restapi's own status-code page: its sentence there, or false. */
				glossary: ploneGlossary,
				/** Where plone.restapi returns it. */
				returns: z.array(ploneUse).default([]),
			})
			.default({ glossary: false, returns: [] }),
		/** Codes people confuse with this one; the build checks each exists. */
		related: z.array(codeRef).default([]),
		/** Former and common names, so search finds them. */
		aliases: z.array(z.string()).default([]),
		/**
		 * When to send the code, as short phrases in the words developers use for the case ("the upload is
		 * larger than the server accepts"). Shown as "Send it when", weighted in search, and read by the guide.
		 */
		situations: z.array(text('a situation, e.g. "the upload is larger than the server accepts"')).default([]),
		/** Cases where people reach for this code but another is right: that code, and why it fits better. */
		notWhen: z.array(notWhen).default([]),
	});
}
