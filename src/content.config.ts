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

/** plone.restapi's glossary sentence, word for word; the page shows it as a quotation with its source. */
const ploneGlossary = z
	.union([z.literal(false), text("plone.restapi's glossary sentence, word for word")], {
		error: "must be false, or plone.restapi's glossary sentence for it, word for word (a string)",
	})
	.default(false);
/** A case where people reach for a code but another is right. */
const notWhen = z.strictObject({
	/** The right code; the build checks it exists. */
	code: reference('codes'),
	/** The case and why the other code fits it, in one sentence, e.g. "the user is signed in but lacks permission". */
	why: text('why the other code is right, in one sentence'),
}, { error: 'must be { code: "403", why: "…" }: the right code and why it fits' });

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
			/** Listed on plone.restapi's own status-code page: its sentence there, or false. */
			glossary: ploneGlossary,
			/** Where plone.restapi returns it. */
			returns: z.array(ploneUse).default([]),
		}).default({ glossary: false, returns: [] }),
		/** Codes people confuse with this one; the build checks each exists. */
		related: z.array(reference('codes')).default([]),
		/** Former and common names, so search finds them. */
		aliases: z.array(z.string()).default([]),
		/**
		 * When to send the code, as short phrases in the words developers use for the case ("the upload is
		 * larger than the server accepts"). Shown as "Send it when", weighted in search, and read by the guide.
		 */
		situations: z.array(text('a situation, e.g. "the upload is larger than the server accepts"')).default([]),
		/** Cases where people reach for this code but another is right: that code, and why it fits better. */
		notWhen: z.array(notWhen).default([]),
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
		/** plone.restapi's glossary sentence for the class, where its status-code page has one. */
		plone: z.strictObject({ glossary: ploneGlossary }).optional(),
	}),
});

// Unregistered codes: numbers vendors use outside the IANA registry, one file per number, one entry per vendor.
// Kept in a collection of their own so nothing that lists registered codes can pick them up by mistake.

/** A primary source: the vendor's documentation or source code. */
const vendorSource = z.strictObject({
	/** The address, e.g. a GitHub blob URL pinned to a commit. */
	url: z.url({ error: missingOr('the source address, e.g. url: https://nginx.org/en/docs/…', 'must be a full https:// address') }),
	/** What the link says, e.g. `nginx source: src/http/ngx_http_request.h`. */
	title: text('what the link shows, e.g. "nginx documentation: return"'),
});

/** One vendor's use of the number. */
const vendorUse = z.strictObject({
	/** The vendor, as the fact sheet names it; its slug makes the anchor, e.g. `499-nginx`. */
	vendor: text('the vendor, e.g. vendor: nginx'),
	/** The product, where the vendor name alone is vague, e.g. `Application Load Balancer`. */
	product: z.string().trim().min(1).optional(),
	/** The vendor's own reason phrase, if it gives one. */
	phrase: z.string().trim().min(1).optional(),
	/** The name the vendor's code gives the number, e.g. `NGX_HTTP_CLIENT_CLOSED_REQUEST`. */
	constant: z.string().trim().min(1).optional(),
	/** What the reader sees, in our words. */
	seen: text('what the reader sees'),
	/** What causes it, in our words. */
	cause: text('what causes it'),
	/** What to do about it, in our words. */
	fix: text('what to do about it'),
	/** Who observes the code: the client, or only a log, a configuration or a client library. */
	seenBy: text('who sees the code'),
	/** False when the number never travels to the client in a response (logs, configuration, client libraries). */
	sentToClient: z.boolean({ error: missingOr('sentToClient: true or false (false when only a log or a library ever shows it)', 'must be true or false') }),
	/** For a use that has ended: when and why, in our words. */
	historical: z.string().trim().min(1).optional(),
	/** A short verbatim quote from the first source. */
	quote: text('a short verbatim quote from the first source'),
	/** The primary sources, the quoted one first. */
	sources: z.array(vendorSource, { error: missingOr('sources: the vendor documentation or source code, as a list of { url, title }', 'must be a list of { url, title }') }).min(1, 'must list at least one source: the vendor documentation or source code, as { url, title }'),
});

/** A registered code to send instead, and when. */
const sendInstead = z.strictObject({
	/** The registered code; the build checks it exists. */
	code: reference('codes'),
	/** When it is the right choice, in our words. */
	when: text('when to send that code instead'),
});

const unregistered = defineCollection({
	loader: glob({ base: `${root}/unregistered`, pattern: '**/*.{md,mdx}' }),
	schema: z.strictObject({
		/** The number; the file name must be the same, and it must not be a registered code unless `alsoRegistered`. */
		code: z.number({ error: missingOr('the three-digit code, e.g. code: 499', 'must be a number such as 499 (no quotes)') }).int('must be a whole number').min(100, 'must be between 100 and 599').max(599, 'must be between 100 and 599'),
		/** A short name for the page, in our words, e.g. `Client Closed Request`. */
		title: text('a short name for the page, e.g. "Client Closed Request"').pipe(z.string().max(31, 'must be at most 31 characters, so that the page title stays within 70')),
		/** One sentence for the index, search results and link previews. */
		summary: text('a one-sentence summary').pipe(z.string().max(200, 'must be one sentence of at most 200 characters')),
		/** The number is also a registered code with another meaning (Exchange ActiveSync's 451). */
		alsoRegistered: z.boolean().default(false),
		/** Each vendor's use, one entry per vendor. */
		uses: z.array(vendorUse, { error: missingOr('uses: one entry per vendor', 'must be a list of vendor uses') }).min(1, 'must list at least one vendor use'),
		/** What to send instead when you are the one choosing a code. */
		instead: z.array(sendInstead, { error: missingOr('instead: the registered code(s) to send instead, as { code, when }', 'must be a list of { code, when }') }).min(1, 'must name at least one registered code to send instead'),
	}),
});

export const collections = { codes, classes, unregistered };
