// Names pasted from code (`HTTP_429_TOO_MANY_REQUESTS`, `Response::HTTP_CONFLICT`, `StatusTeapot`) found whole.
// Pagefind splits such a name into words, and "HTTP" is on every page; so the framework names come from their own
// small file (/search-names.json, built from data/framework-constants.tsv by src/pages/search-names.json.ts),
// fetched beside Pagefind on the first search, and a query shaped like a name is looked up there first.
import type { SearchNames } from '../../lib/search-names';

/** One name a query matched: the ecosystem's label, the name as the framework spells it, and its code. */
export interface NameMatch {
	label: string;
	name: string;
	code: number;
}

/** A query shaped like an identifier: one token with `_`, `.`, `::`, a leading `:`, or a lower-to-upper case change. */
export function looksLikeName(query: string): boolean {
	return /^[\w.:\\$]+$/.test(query) && /[_.]|::|^:|[a-z][A-Z]/.test(query);
}

/** Letters and digits only, lower-cased: `Response::HTTP_CONFLICT` and `responsehttpconflict` are one key. */
const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The part a name ends in: `TOO_MANY_REQUESTS` of `HttpStatus.TOO_MANY_REQUESTS`. */
const member = (name: string) =>
	name
		.split(/\.|::|\\/)
		.at(-1)!
		.replace(/^:/, '');

/** The names lookup: what a query shaped like a name stands for. */
export class NameIndex {
	readonly vendors: ReadonlySet<string>;
	readonly #phrases: SearchNames['phrases'];
	readonly #entries: (NameMatch & { whole: string; bare: string })[];

	constructor(asset: SearchNames) {
		this.vendors = new Set(asset.vendors);
		this.#phrases = asset.phrases;
		this.#entries = asset.ecosystems.flatMap(([label, names]) =>
			names.map(([name, code]) => ({ label, name, code, whole: squash(name), bare: squash(member(name)) })),
		);
	}

	/** True when a query is exactly a reason phrase of two words or more, in any case: "early hints". */
	isPhrase(query: string): boolean {
		const text = query
			.toLowerCase()
			.replace(/[^\p{L}\p{N}']+/gu, ' ')
			.trim();
		return this.#phrases.some(([phrase]) => phrase.replace(/-/g, ' ') === text);
	}

	/** See phrasesIn(). */
	phrasesIn(query: string): number[] {
		const text = ` ${query.toLowerCase().replace(/[^\p{L}\p{N}']+/gu, ' ')} `;
		const held = this.#phrases.filter(([phrase]) => text.includes(` ${phrase.replace(/-/g, ' ')} `));
		return held.filter(([phrase]) => !held.some(([other]) => other !== phrase && other.includes(phrase))).map(([, code]) => code);
	}

	/**
	 * The names a query stands for, best first: the whole name, then its member (`TOO_MANY_REQUESTS` is Spring's,
	 * NestJS's and Rust's), then a name it begins (`HTTP_429_TOO_MA`, typed halfway). A name with a code in it that no
	 * ecosystem here spells (`HTTP_422`) stands for that code, with no name to show.
	 */
	find(query: string): NameMatch[] {
		const whole = squash(query);
		const own = member(query);
		const bare = squash(own);
		if (bare.length < 2) return [];
		const entries = this.#entries;
		const found = [
			...new Set([
				// As typed first: `HttpStatus.OK` is Spring's (and NestJS's), `HTTPStatus.OK` Python's.
				...entries.filter((e) => e.name === query),
				// A longer path to a name: `werkzeug.exceptions.NotFound` is Werkzeug's `exceptions.NotFound`.
				...entries.filter((e) => e.whole.length > e.bare.length && query.endsWith(e.name)),
				// The member as typed (`TooManyRequests` is .NET's and Werkzeug's), then in any case and spelling.
				...entries.filter((e) => member(e.name) === own),
				...entries.filter((e) => e.whole === whole),
				...entries.filter((e) => e.whole.length > e.bare.length && whole.endsWith(e.whole)),
				...entries.filter((e) => e.bare === bare || e.bare === whole),
				...(bare.length >= 4 ? entries.filter((e) => e.bare.startsWith(bare) || e.whole.startsWith(whole)) : []),
			]),
		];
		if (found.length) return found;
		const number = /(?:^|[^0-9])([1-5]\d\d)(?![0-9])/.exec(query)?.[1];
		return number ? [{ label: '', name: '', code: Number(number) }] : [];
	}
}

/**
 * The codes whose reason phrase (of two words or more) a query holds, longest phrase first and none inside another:
 * "not found in django" holds 404's "not found", not 302's "found".
 */
export function phrasesIn(names: NameIndex | undefined, query: string): number[] {
	return names?.phrasesIn(query) ?? [];
}

/** The names file, fetched once; undefined when it cannot be (the search works on without it). */
export async function loadNames(url: string): Promise<NameIndex | undefined> {
	try {
		const response = await fetch(url);
		return response.ok ? new NameIndex((await response.json()) as SearchNames) : undefined;
	} catch {
		return undefined;
	}
}
