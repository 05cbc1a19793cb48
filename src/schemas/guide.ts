// The schema of a node of the guide (`content/guide.yaml`): a question with choices, or an answer naming a code.
import { z } from 'astro/zod';
import { statusNumber, text } from './fields.ts';

/** Fields only an answer has, and fields only a question has: a node must not mix them. */
const ANSWER_FIELDS = ['code', 'why', 'runnerUp', 'spec', 'plone'] as const;
const QUESTION_FIELDS = ['question', 'hint', 'choices'] as const;

/** A status code the guide names; the build checks that it has a page. */
const guideCode = statusNumber(404);

/** A question, as a developer would ask it, and the ways to answer it. */
const question = z.strictObject({
	kind: z.literal('question'),
	/** The question, as a developer would ask it. */
	question: text('the question').pipe(z.string().max(50, 'must be at most 50 characters, as it is the page title: put the rest in hint')),
	/** One sentence that helps answer the question. */
	hint: text('a one-sentence hint').optional(),
	/** The ways to answer it; each leads to the key of a question or an answer. */
	choices: z
		.array(
			z.strictObject({
				label: text('the choice, in the words a developer would pick'),
				next: text('the key of the question or answer it leads to'),
			}),
		)
		.min(2, 'must offer at least two choices'),
});

/** A code to send, why, and the code people reach for instead. */
const answer = z.strictObject({
	kind: z.literal('answer'),
	/** The code to send. */
	code: guideCode,
	/** Why, in one or two sentences. */
	why: text('why this code, in one or two sentences'),
	/** The code people reach for instead, and why not. */
	runnerUp: z.strictObject({ code: guideCode, why: text('why not the runner-up') }, { error: 'must name the runner-up: code and why' }),
	/** The section that decides it, when it is not the code's own. */
	spec: z
		.strictObject({
			document: text('the document, e.g. "RFC 9110"'),
			section: z.string({ error: 'must be a quoted string such as "15.5.4"' }).optional(),
		})
		.optional(),
	/** Where plone.restapi's practice differs from the general answer: the code it sends, and how. */
	plone: z.strictObject({ code: guideCode, note: text("one sentence on plone.restapi's practice") }).optional(),
});

/**
 * One node of the guide (content/guide.yaml): a question with choices, or an answer naming a code. Which kind a node
 * is comes from its fields; that first pass words the "which kind is this" errors for an author, and the union then
 * checks the fields and gives the node its `kind`, so the pages' types come from here.
 */
export const guideSchema = z
	.looseObject({})
	.superRefine((node, ctx) => {
		const has = (field: string) => node[field] !== undefined;
		if (has('question') || has('choices')) {
			for (const field of ['question', 'choices'] as const)
				if (!has(field))
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `is missing: a question needs ${field === 'question' ? 'the question' : 'at least two choices, each with label and next'}`,
					});
			for (const field of ANSWER_FIELDS)
				if (has(field))
					ctx.addIssue({ code: 'custom', path: [field], message: 'belongs to an answer: a question has question, hint and choices' });
		} else if (has('code')) {
			for (const field of ['why', 'runnerUp'] as const)
				if (!has(field))
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: `is missing: an answer needs ${field === 'why' ? 'why, in one or two sentences' : 'runnerUp, with code and why'}`,
					});
			for (const field of QUESTION_FIELDS)
				if (has(field))
					ctx.addIssue({
						code: 'custom',
						path: [field],
						message: 'belongs to a question: an answer has code, why, runnerUp, spec and plone',
					});
		} else {
			ctx.addIssue({
				code: 'custom',
				path: ['question'],
				message: 'is missing: a node is a question (question, choices) or an answer (code, why, runnerUp)',
			});
		}
	})
	.transform((node) => ({ ...node, kind: node['question'] !== undefined || node['choices'] !== undefined ? 'question' : 'answer' }))
	.pipe(z.discriminatedUnion('kind', [question, answer]));

/** A node of the guide as its schema outputs it: `kind` tells a question from an answer. */
export type GuideNodeData = z.output<typeof guideSchema>;
