// The relevance set (tests/search-relevance.tsv) and how a query's results are scored against it: read by
// the relevance test and by `npm run bench`, so both measure the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One query of the set and the codes (and comparison pages) that answer it. */
export interface RelevanceQuery {
	query: string;
	/** Any of these, or of `pages`, in the first three results counts as found. */
	codes: number[];
	/** Comparison pages that answer it, as `compare/401-403-404` (the page's path without slashes). */
	pages: string[];
	/** Where the wording comes from: an error message, a question, an issue tracker… */
	from: string;
	/** The line in the TSV file, for messages. */
	line: number;
}

const FILE = join(import.meta.dirname, '..', 'tests', 'search-relevance.tsv');

/** Parses the TSV; a malformed line throws, naming the line. */
export function readRelevanceSet(file = FILE): RelevanceQuery[] {
	const lines = readFileSync(file, 'utf8').split('\n');
	const queries: RelevanceQuery[] = [];
	lines.forEach((text, i) => {
		if (!text.trim() || text.startsWith('#') || text.startsWith('query\t')) return;
		const [query, codes, from, extra] = text.split('\t');
		const answers = (codes ?? '').trim().split(/\s+/);
		const pages = answers.filter((a) => a.startsWith('compare/'));
		const parsed = answers.filter((a) => !a.startsWith('compare/')).map(Number);
		const bad = parsed.some((c) => !Number.isInteger(c) || c < 100 || c > 599) || pages.some((p) => !/^compare\/\d{3}(-\d{3})+$/.test(p));
		if (!query?.trim() || !from?.trim() || extra !== undefined || bad || !answers[0]) {
			throw new Error(
				`${file}:${i + 1}: expected "query<TAB>answers<TAB>from", with answers as space-separated codes or comparison pages (compare/401-403-404); got ${JSON.stringify(text)}`,
			);
		}
		queries.push({ query: query.trim(), codes: parsed, pages, from: from.trim(), line: i + 1 });
	});
	return queries;
}

/** The set, read once. */
export const relevanceSet: RelevanceQuery[] = readRelevanceSet();

/** What a result is, for the set: a code, a comparison page (`compare/401-403-404`), or null for any other page. */
export type ResultKey = number | string | null;

/**
 * The 1-based position of the first right answer, or 0 when none is right. The guide's questions show among the
 * results too (null or NaN here) and take no position; comparisons take one only in a query a comparison answers,
 * so for a query that wants a code, the codes are ranked as before comparisons were listed.
 */
export function rightAt(query: RelevanceQuery, results: readonly ResultKey[]): number {
	const ranked = results.filter((key) => key !== null && !Number.isNaN(key) && (typeof key === 'number' || query.pages.length > 0));
	return ranked.findIndex((key) => (typeof key === 'number' ? query.codes.includes(key) : query.pages.includes(key!))) + 1;
}

/** A result's key from its link text and address: a comparison page by its path, a code by its badge, else null. */
export function keyOfResult(linkText: string, href: string): ResultKey {
	const compared = /(compare\/\d{3}(?:-\d{3})+)\/?$/.exec(new URL(href, 'http://x/').pathname)?.[1];
	if (compared) return compared;
	const code = codeOfResult(linkText);
	return Number.isNaN(code) ? null : code;
}

/** The code a result link's text starts with (its badge), or NaN for a page that is no code. */
export function codeOfResult(linkText: string): number {
	const match = /^\s*([1-5]\d\d)\b/.exec(linkText);
	return match ? Number(match[1]) : Number.NaN;
}
