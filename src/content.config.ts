// The content collections: where each lives and the schema it is read through (src/schemas/, shared with Node).
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { classSchema } from './schemas/class';
import { codeSchema } from './schemas/code';
import { compareSchema } from './schemas/compare';
import { guideSchema } from './schemas/guide';
import { unregisteredSchema } from './schemas/unregistered';

const codes = defineCollection({
	loader: glob({ base: './content/codes', pattern: '**/*.{md,mdx}' }),
	schema: codeSchema(reference('codes')),
});

const classes = defineCollection({ loader: glob({ base: './content/classes', pattern: '**/*.{md,mdx}' }), schema: classSchema });

// Numbers vendors use outside the IANA registry: a collection of their own, so nothing that lists registered
// codes can pick them up by mistake.
const unregistered = defineCollection({
	loader: glob({ base: './content/unregistered', pattern: '**/*.{md,mdx}' }),
	schema: unregisteredSchema(reference('codes')),
});

// The guide "Which status code should I send?": one file of questions and answers, keyed by their deep links.
const guide = defineCollection({ loader: file('./content/guide.yaml'), schema: guideSchema });

// The comparison pages ("401, 403 or 404?"): the codes they compare and what large APIs choose; their tables come
// from the codes' own frontmatter.
const compare = defineCollection({
	loader: glob({ base: './content/compare', pattern: '**/*.{md,mdx}' }),
	schema: compareSchema(reference('codes')),
});

export const collections = { codes, classes, unregistered, guide, compare };
