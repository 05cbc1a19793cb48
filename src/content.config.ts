import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_ROOT } from './lib/content-root';

/** The five classes of status codes, in numeric order. */
export const CLASS_IDS = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

const root = CONTENT_ROOT;

/** An error message that tells a missing field ("add it") from a wrong one ("it must be …"). */
const missingOr = (add: string, wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: add ${add}` : wrong);

/** The three ways a cache can treat a response, from most to least reusable. */
export const CACHE_STATES = ['heuristic', 'explicit', 'never'] as const;

/** Where an author looks up a code's cacheability. */
const CACHE_HELP =
	'heuristic (cacheable by default: RFC 9110 section 15.1 names them, RFC 7725 section 3 adds 451), explicit (stored only when its headers allow it: RFC 9111 section 3) or never (1xx: RFC 9111 section 3; 428, 429, 431, 511: RFC 6585)';

const classId = z.enum(CLASS_IDS, {
	error: missingOr('the class, e.g. class: 4xx', 'must be one of 1xx, 2xx, 3xx, 4xx, 5xx (the first digit of the code, then "xx")'),
});
const text = (what: string) => z.string({ error: missingOr(what, `must be ${what} (a string)`) }).trim().min(1, `must not be empty: write ${what}`);

/** A document and, where it has them, a section: `{ document: RFC 9110, section: "15.5.5" }`. */
const specRef = (what: string) =>
	z.strictObject(
		{ document: text('the document, e.g. "RFC 9110"'), section: z.string({ error: 'must be a quoted string such as "15.5.5"' }).optional() },
		{ error: missingOr(`${what}, e.g. { document: RFC 9110, section: "15.5.5" }`, `must name ${what}: document (e.g. "RFC 9110") and section (e.g. "15.5.5")`) },
	);

/** A header field a response with this code carries, how strongly the spec asks for it, and where it says so. */
const headerRule = z.strictObject({
	/** Header field name, e.g. `WWW-Authenticate`. */
	field: text('the header field name'),
	/** The requirement level the spec uses. */
	strength: z.enum(['MUST', 'SHOULD', 'MAY'], { error: 'must be MUST, SHOULD or MAY' }),
	/** The condition the rule holds under, shared word for word by rules the page shows together, e.g. `a 200 would have carried it`. */
	when: text('the condition the rule holds under').optional(),
	/** What the field says or does, in our words. */
	rule: text('one sentence on what the header is for'),
	/** The section that states the rule; the page links it beside the rule. */
	source: specRef('the section that states the rule'),
});

/** How caches treat the code, and the section that says so. */
const cacheability = z.strictObject(
	{
		/** heuristic: reusable without explicit freshness; explicit: stored only when its headers allow; never: no cache stores it. */
		state: z.enum(CACHE_STATES, { error: missingOr(`state: ${CACHE_HELP}`, `must be ${CACHE_HELP}`) }),
		/** The section that says so; the page links it. */
		source: specRef('the section that says so'),
	},
	{ error: missingOr(`cacheable: { state, source }, with state ${CACHE_HELP}`, `must be { state, source }, with state ${CACHE_HELP}`) },
);

/** One situation in which plone.restapi answers with this code. */
const ploneUse = z.object({
	/** HTTP method(s), e.g. `POST` or `PATCH, POST`. */
	method: text('the HTTP method'),
	/** Endpoint, e.g. `@login` or `a folderish object`. */
	endpoint: text('the endpoint'),
	/** When it happens, in our words. */
	when: text('when plone.restapi returns the code'),
	/** The JSON body shape plone.restapi sends, if any. */
	body: z.string().optional(),
});

const codes = defineCollection({
	loader: glob({ base: `${root}/codes`, pattern: '**/*.{md,mdx}' }),
	schema: z.strictObject({
		/** The three-digit status code; the file name must be the same number. */
		code: z.number({ error: missingOr('the three-digit code, e.g. code: 404', 'must be a number such as 404 (no quotes)') }).int('must be a whole number').min(100, 'must be between 100 and 599').max(599, 'must be between 100 and 599'),
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
		/** Header rules the spec attaches to the code. */
		headers: z.array(headerRule).default([]),
		/** A short example exchange: request lines, then the response status line and headers (none for unused codes). */
		example: z.strictObject({ request: text('the example request'), response: text('the example response') }).optional(),
		/** How plone.restapi uses the code. */
		plone: z.strictObject({
			/** Listed on plone.restapi's own status-code page. */
			glossary: z.boolean().default(false),
			/** Where plone.restapi returns it. */
			returns: z.array(ploneUse).default([]),
		}).default({ glossary: false, returns: [] }),
		/** Codes people confuse with this one; the build checks each exists. */
		related: z.array(reference('codes')).default([]),
		/** Former and common names, so search finds them. */
		aliases: z.array(z.string()).default([]),
	}),
});

const classes = defineCollection({
	loader: glob({ base: `${root}/classes`, pattern: '**/*.{md,mdx}' }),
	schema: z.strictObject({
		/** The class, e.g. `4xx`; the file name must match. */
		class: classId,
		/** The class name, e.g. `Client Error`. */
		phrase: text('the class name, e.g. "Client Error"'),
		/** One sentence for the index. */
		summary: text('a one-sentence summary'),
	}),
});

export const collections = { codes, classes };
