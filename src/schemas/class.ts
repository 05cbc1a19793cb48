// The schema of a class's frontmatter (`content/classes/<class>.mdx`).
import { z } from 'astro/zod';
import { classId, ploneGlossary, text } from './fields.ts';

/** The frontmatter schema of `content/classes/<class>.mdx`. */
export const classSchema = z.strictObject({
	/** The class, e.g. `4xx`; the file name must match. */
	class: classId,
	/** The class name, e.g. `Client Error`. */
	phrase: text('the class name, e.g. "Client Error"'),
	/** plone.restapi's glossary sentence for the class, where its status-code page has one. */
	plone: z.strictObject({ glossary: ploneGlossary }).optional(),
});
