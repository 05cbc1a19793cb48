import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { CONTENT_ROOT } from './lib/content-root';

/** The five classes of status codes, in numeric order. */
export const CLASS_IDS = ['1xx', '2xx', '3xx', '4xx', '5xx'] as const;

const root = CONTENT_ROOT;

/** An error message that tells a missing field ("add it") from a wrong one ("it must be …"). */
const missingOr = (add: string, wrong: string) => (issue: { input?: unknown }) => (issue.input === undefined ? `is missing: add ${add}` : wrong);

/** Where an author looks up whether a code is cacheable by default. */
const CACHEABLE_SOURCE = '(RFC 9110 section 15.1 lists the heuristically cacheable codes)';

const classId = z.enum(CLASS_IDS, {
	error: missingOr('the class, e.g. class: 4xx', 'must be one of 1xx, 2xx, 3xx, 4xx, 5xx (the first digit of the code, then "xx")'),
});
const text = (what: string) => z.string({ error: missingOr(what, `must be ${what} (a string)`) }).trim().min(1, `must not be empty: write ${what}`);

/** A header field a response with this code carries, and how strongly the spec asks for it. */
const headerRule = z.object({
	/** Header field name, e.g. `WWW-Authenticate`. */
	field: text('the header field name'),
	/** The requirement level the spec uses. */
	strength: z.enum(['MUST', 'SHOULD', 'MAY'], { error: 'must be MUST, SHOULD or MAY' }),
	/** When and why, in our words. */
	rule: text('one sentence on when the header is sent'),
});

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
		spec: z.strictObject({ document: text('the defining document, e.g. "RFC 9110"'), section: z.string({ error: 'must be a quoted string such as "15.5.5"' }).optional() }, { error: 'must say where the code is defined: document (e.g. "RFC 9110") and section' }),
		/** Registry status where it is not plain "permanent". */
		status: z.enum(['permanent', 'temporary', 'unused', 'deprecated', 'reserved', 'obsoleted']).default('permanent'),
		/** Heuristically cacheable by default (RFC 9110 section 15.1). */
		cacheable: z.boolean({ error: missingOr(`cacheable: true or false ${CACHEABLE_SOURCE}`, `must be true or false ${CACHEABLE_SOURCE}`) }),
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

export const collections = { codes, classes, guide };
