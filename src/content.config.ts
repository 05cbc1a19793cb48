import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
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

/** A status code the guide names; the build checks that it has a page. */
const guideCode = z.number({ error: missingOr('the three-digit code, e.g. code: 404', 'must be a number such as 404 (no quotes)') }).int('must be a whole number');

/** Fields only an answer has, and fields only a question has: a node must not mix them. */
const ANSWER_FIELDS = ['code', 'why', 'runnerUp', 'spec', 'plone'] as const;
const QUESTION_FIELDS = ['question', 'hint', 'choices'] as const;

/** One node of the guide (content/guide.yaml): a question with choices, or an answer naming a code. */
const guideNode = z
	.strictObject({
		/** The question, as a developer would ask it. */
		question: text('the question').pipe(z.string().max(50, 'must be at most 50 characters, as it is the page title: put the rest in hint')).optional(),
		/** One sentence that helps answer the question. */
		hint: text('a one-sentence hint').optional(),
		/** The ways to answer it; each leads to the key of a question or an answer. */
		choices: z
			.array(z.strictObject({ label: text('the choice, in the words a developer would pick'), next: text('the key of the question or answer it leads to') }))
			.min(2, 'must offer at least two choices')
			.optional(),
		/** The code to send. */
		code: guideCode.optional(),
		/** Why, in one or two sentences. */
		why: text('why this code, in one or two sentences').optional(),
		/** The code people reach for instead, and why not. */
		runnerUp: z.strictObject({ code: guideCode, why: text('why not the runner-up') }, { error: 'must name the runner-up: code and why' }).optional(),
		/** The section that decides it, when it is not the code's own. */
		spec: z.strictObject({ document: text('the document, e.g. "RFC 9110"'), section: z.string({ error: 'must be a quoted string such as "15.5.4"' }).optional() }).optional(),
		/** Where plone.restapi's practice differs from the general answer: the code it sends, and how. */
		plone: z.strictObject({ code: guideCode, note: text("one sentence on plone.restapi's practice") }).optional(),
	})
	.superRefine((node, ctx) => {
		const has = (field: string) => (node as Record<string, unknown>)[field] !== undefined;
		if (has('question') || has('choices')) {
			for (const field of ['question', 'choices'] as const) if (!has(field)) ctx.addIssue({ code: 'custom', path: [field], message: `is missing: a question needs ${field === 'question' ? 'the question' : 'at least two choices, each with label and next'}` });
			for (const field of ANSWER_FIELDS) if (has(field)) ctx.addIssue({ code: 'custom', path: [field], message: 'belongs to an answer: a question has question, hint and choices' });
		} else if (has('code')) {
			for (const field of ['why', 'runnerUp'] as const) if (!has(field)) ctx.addIssue({ code: 'custom', path: [field], message: `is missing: an answer needs ${field === 'why' ? 'why, in one or two sentences' : 'runnerUp, with code and why'}` });
			for (const field of QUESTION_FIELDS) if (has(field)) ctx.addIssue({ code: 'custom', path: [field], message: 'belongs to a question: an answer has code, why, runnerUp, spec and plone' });
		} else {
			ctx.addIssue({ code: 'custom', path: ['question'], message: 'is missing: a node is a question (question, choices) or an answer (code, why, runnerUp)' });
		}
	});

const guide = defineCollection({
	loader: file(`${root}/guide.yaml`),
	schema: guideNode,
});

export const collections = { codes, classes, unregistered, guide };
