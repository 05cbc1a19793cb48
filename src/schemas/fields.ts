// The building blocks of the content schemas: fields whose errors say what is missing or how to fix it.
import { z } from 'astro/zod';

/** The five classes of status codes, in numeric order. */
export const CLASS_IDS = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

/** An error message that tells a missing field ("add it") from a wrong one ("it must be …"). */
export const missingOr = (add: string, wrong: string) => (issue: { input?: unknown }) =>
	issue.input === undefined ? `is missing: add ${add}` : wrong;

/** A three-digit status number between 100 and 599; `example` is the number the error message suggests. */
export const statusNumber = (example: number) =>
	z
		.number({ error: missingOr(`the three-digit code, e.g. code: ${example}`, `must be a number such as ${example} (no quotes)`) })
		.int('must be a whole number')
		.min(100, 'must be between 100 and 599')
		.max(599, 'must be between 100 and 599');

/** The three ways a cache can treat a response, from most to least reusable. */
export const CACHE_STATES = ['heuristic', 'explicit', 'never'] as const;

/** Where an author looks up a code's cacheability. */
export const CACHE_HELP =
	'heuristic (cacheable by default: RFC 9110 section 15.1 names them, RFC 7725 section 3 adds 451), explicit (stored only when its headers allow it: RFC 9111 section 3) or never (1xx: RFC 9111 section 3; 428, 429, 431, 511: RFC 6585)';

/** A class id such as `4xx`. */
export const classId = z.enum(CLASS_IDS, {
	error: missingOr('the class, e.g. class: 4xx', 'must be one of 1xx, 2xx, 3xx, 4xx, 5xx (the first digit of the code, then "xx")'),
});
/** A non-empty string; its errors say what to write. */
export const text = (what: string) =>
	z
		.string({ error: missingOr(what, `must be ${what} (a string)`) })
		.trim()
		.min(1, `must not be empty: write ${what}`);

/** A document and, where it has them, a section: `{ document: RFC 9110, section: "15.5.5" }`. */
export const specRef = (what: string) =>
	z.strictObject(
		{
			document: text('the document, e.g. "RFC 9110"'),
			section: z.string({ error: 'must be a quoted string such as "15.5.5"' }).optional(),
		},
		{
			error: missingOr(
				`${what}, e.g. { document: RFC 9110, section: "15.5.5" }`,
				`must name ${what}: document (e.g. "RFC 9110") and section (e.g. "15.5.5")`,
			),
		},
	);

/** A header field a response with this code carries, how strongly the spec asks for it, and where it says so. */
export const headerRule = z.strictObject({
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
export const cacheability = z.strictObject(
	{
		/** heuristic: reusable without explicit freshness; explicit: stored only when its headers allow; never: no cache stores it. */
		state: z.enum(CACHE_STATES, { error: missingOr(`state: ${CACHE_HELP}`, `must be ${CACHE_HELP}`) }),
		/** The section that says so; the page links it. */
		source: specRef('the section that says so'),
	},
	{ error: missingOr(`cacheable: { state, source }, with state ${CACHE_HELP}`, `must be { state, source }, with state ${CACHE_HELP}`) },
);

/** One situation in which plone.restapi answers with this code. */
export const ploneUse = z.object({
	/** HTTP method(s), e.g. `POST` or `PATCH, POST`. */
	method: text('the HTTP method'),
	/** Endpoint, e.g. `@login` or `a folderish object`. */
	endpoint: text('the endpoint'),
	/** When it happens, in our words. */
	when: text('when plone.restapi returns the code'),
	/** The JSON body shape plone.restapi sends, if any. */
	body: z.string().optional(),
});

/** plone.restapi's glossary sentence, word for word; the page shows it as a quotation with its source. */
export const ploneGlossary = z
	.union([z.literal(false), text("plone.restapi's glossary sentence, word for word")], {
		error: "must be false, or plone.restapi's glossary sentence for it, word for word (a string)",
	})
	.default(false);

/** Whether a client may send the same request again, and on what terms; with the section that says so, where one does. */
export const retryRule = z.strictObject(
	{
		/** The answer in a few words, e.g. "After the Retry-After delay, if one is given". */
		answer: text('when the client may repeat the request, in a few words'),
		/** The section that says so; leave it out when no section speaks to retrying. */
		source: specRef('the section that says so').optional(),
	},
	{ error: 'must be { answer: "…", source: { document, section } } (source optional)' },
);

/** The ways a redirect treats the method of the request the client sends next. */
export const REDIRECT_METHODS = ['may-become-get', 'becomes-get', 'kept'] as const;
/** What a redirect says of the resource: it moved for good, it is elsewhere for now, or the answer is another resource (303). */
export const REDIRECT_MOVES = ['permanent', 'temporary', 'other-resource'] as const;

/** For a redirect: what it says of the resource, and whether the next request keeps its method; with the section that says so. */
export const redirectRule = z.strictObject(
	{
		/** permanent (future references ought to use the new URI), temporary, or other-resource (303: not the same resource). */
		move: z.enum(REDIRECT_MOVES, { error: `must be one of ${REDIRECT_MOVES.join(', ')}` }),
		/** may-become-get (a POST MAY become GET), becomes-get (the client retrieves with GET or HEAD), or kept. */
		method: z.enum(REDIRECT_METHODS, { error: `must be one of ${REDIRECT_METHODS.join(', ')}` }),
		/** The section that says how the method is treated. */
		source: specRef('the section that says how the method is treated'),
	},
	{
		error:
			'must be { move: permanent | temporary | other-resource, method: may-become-get | becomes-get | kept, source: { document, section } }',
	},
);
