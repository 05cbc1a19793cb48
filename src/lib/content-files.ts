// The content read straight from content/ by Node, outside Astro's build: by the tests, the bench and the
// build's own Markdown plugin. It goes through the same schemas as the site (src/schemas/), so both see the
// same fields, defaults and errors.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { classSchema } from '../schemas/class.ts';
import { codeSchema, type CodeRef } from '../schemas/code.ts';
import { compareSchema } from '../schemas/compare.ts';
import { guideSchema } from '../schemas/guide.ts';
import { unregisteredSchema } from '../schemas/unregistered.ts';

/** The project's root folder. */
const ROOT = join(import.meta.dirname, '..', '..');

/** One content file: its path from the project root, its frontmatter and its body. */
export interface ContentFile<T = unknown> {
	file: string;
	data: T;
	body: string;
}

/** A content file's text split into its YAML frontmatter and its body; undefined without a frontmatter between two `---` lines. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
	const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n([\s\S]*))?$/.exec(text);
	return match ? { yaml: match[1]!, body: match[2] ?? '' } : undefined;
}

/** Every Markdown or MDX file of a collection folder with its raw frontmatter; broken YAML is skipped when `lenient`. */
export function readFolder(folder: string, { lenient = false, root = ROOT } = {}): ContentFile[] {
	const dir = join(root, 'content', folder);
	return readdirSync(dir)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.flatMap((name) => {
			const file = relative(root, join(dir, name));
			const parts = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
			try {
				if (!parts) throw new Error('no frontmatter between two --- lines');
				return [{ file, data: yaml.load(parts.yaml), body: parts.body.trim() }];
			} catch (error) {
				if (lenient) return [];
				throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
			}
		});
}

/** A reference to a code as Astro's `reference('codes')` reads it: `{ collection: 'codes', id: '404' }`. */
const codeRef: CodeRef = z.string().transform((id) => ({ collection: 'codes' as const, id }));

/** Parses each file's frontmatter with `schema`; the first invalid field stops it, naming the file and the field. */
function parseAll<S extends z.ZodType>(files: ContentFile[], schema: S): ContentFile<z.output<S>>[] {
	return files.map(({ file, data, body }) => {
		const result = schema.safeParse(data);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new Error(`${file}: \`${issue.path.join('.')}\` ${issue.message}`);
		}
		return { file, data: result.data, body };
	});
}

/** The schema of a registered code's frontmatter, as Node reads it. */
export const codeData = codeSchema(codeRef);
/** The schema of an unregistered number's frontmatter, as Node reads it. */
export const unregisteredData = unregisteredSchema(codeRef);

/** Every file in content/codes/, parsed. */
export const readCodes = (root = ROOT) => parseAll(readFolder('codes', { root }), codeData);
/** Every file in content/classes/, parsed. */
export const readClasses = (root = ROOT) => parseAll(readFolder('classes', { root }), classSchema);
/** The schema of a comparison's frontmatter, as Node reads it. */
export const compareData = compareSchema(codeRef);
/** Every file in content/compare/, parsed. */
export const readComparisons = (root = ROOT) => parseAll(readFolder('compare', { root }), compareData);
/** Every file in content/unregistered/, parsed. */
export const readUnregistered = (root = ROOT) => parseAll(readFolder('unregistered', { root }), unregisteredData);

/** Every node of content/guide.yaml by its key, parsed; an invalid one stops it, naming the node and the field. */
export function readGuide(root = ROOT): [string, z.output<typeof guideSchema>][] {
	const file = 'content/guide.yaml';
	const raw = yaml.load(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;
	return Object.entries(raw).map(([id, node]) => {
		const result = guideSchema.safeParse(node);
		if (!result.success) {
			const issue = result.error.issues[0]!;
			throw new Error(`${file}: \`${[id, ...issue.path].join('.')}\` ${issue.message}`);
		}
		return [id, result.data];
	});
}
