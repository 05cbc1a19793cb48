// The relevance set (tests/search-relevance.tsv) and how a query's results are scored against it: read by
// the relevance test and by `npm run bench`, so both measure the same thing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One query of the set and the codes that answer it. */
export interface RelevanceQuery {
	query: string;
	/** Any of these in the first three results counts as found. */
	codes: number[];
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
		const parsed = (codes ?? '').trim().split(/\s+/).map(Number);
		if (!query?.trim() || !from?.trim() || extra !== undefined || parsed.some((c) => !Number.isInteger(c) || c < 100 || c > 599)) {
			throw new Error(
				`${file}:${i + 1}: expected "query<TAB>codes<TAB>from", with codes as space-separated numbers; got ${JSON.stringify(text)}`,
			);
		}
		queries.push({ query: query.trim(), codes: parsed, from: from.trim(), line: i + 1 });
	});
	return queries;
}

/** The set, read once. */
export const relevanceSet: RelevanceQuery[] = readRelevanceSet();

/**
 * The 1-based position of the first right code among the results that are codes, or 0 when none is right.
 * The guide's questions show among the results too (NaN here); they are not codes, so they take no position.
 */
export function rightAt(query: RelevanceQuery, results: readonly number[]): number {
	return results.filter((code) => !Number.isNaN(code)).findIndex((code) => query.codes.includes(code)) + 1;
}

/** The code a result link's text starts with (its badge), or NaN for a page that is no code. */
export function codeOfResult(linkText: string): number {
	const match = /^\s*([1-5]\d\d)\b/.exec(linkText);
	return match ? Number(match[1]) : Number.NaN;
}
