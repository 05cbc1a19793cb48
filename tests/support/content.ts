// The content collection as the tests see it: read straight from content/, so a new MDX file gets its
// tests with no test edit.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { anchorFor } from '../../src/lib/anchor.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'content');

/** A content file's frontmatter and body text. */
export interface Entry {
	file: string;
	data: Record<string, unknown>;
	body: string;
}

/** Parses one MDX file into frontmatter and body. */
function readEntry(file: string): Entry {
	const text = readFileSync(file, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
	if (!match) throw new Error(`${file}: no frontmatter`);
	return { file, data: yaml.load(match[1]!) as Record<string, unknown>, body: match[2]!.trim() };
}

/** Every MDX file in a content folder. */
function readFolder(folder: string): Entry[] {
	const dir = join(ROOT, folder);
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => readEntry(join(dir, name)));
}

/** A status code as the tests use it. */
export interface TestCode {
	code: number;
	phrase: string;
	class: string;
	summary: string;
	title: string;
	anchor: string;
	body: string;
	data: Record<string, unknown>;
}

/** Every code, sorted numerically. */
export const codes: TestCode[] = readFolder('codes')
	.map(({ data, body }) => {
		const code = data.code as number;
		const phrase = data.phrase as string;
		return { code, phrase, class: data.class as string, summary: data.summary as string, title: `${code} ${phrase}`, anchor: anchorFor(code, phrase), body, data };
	})
	.sort((a, b) => a.code - b.code);

/** Every class that has codes, in numeric order. */
export const classes = readFolder('classes')
	.map(({ data, body }) => ({ id: data.class as string, phrase: data.phrase as string, anchor: anchorFor(data.class as string, data.phrase as string), body, data }))
	.filter((c) => codes.some((code) => code.class === c.id))
	.sort((a, b) => a.id.localeCompare(b.id));

/** Text as a reader sees it, whatever typography MDX applied: straight quotes, single spaces, no Markdown marks or link targets. */
export function plain(text: string): string {
	return text.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/[`*]/g, '').replace(/\s+/g, ' ').trim();
}

/** The first sentence of a body, as plain text: enough to prove the description is on the page. */
export function firstSentence(body: string): string {
	const text = plain(body);
	return /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
}
