// Which pages answer a query: the one place the result list is fetched from Pagefind, and ordered. A name pasted
// from code answers with its code's page; a query naming two codes puts the pages comparing them first; a vendor's
// use of a number ranks below the registry's codes unless the query names the vendor or the number.
import type { ChosenFilters } from './filters';
import { looksLikeName, phrasesIn, type NameIndex, type NameMatch } from './names';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-types';
import { forgivingSearch, queryWords } from './partial';

/** A query that is exactly a status code's number. */
export const CODE_QUERY = /^[1-5]\d\d$/;

/** What a result is, for the status line and the list: a code (registered or a vendor's), a comparison, a guide question. */
export type Kind = 'code' | 'comparison' | 'guide';

/** A result with what the list needs beyond Pagefind's: its kind, and the name that found it, if a name did. */
export interface Found {
	result: PagefindResult;
	kind: Kind;
	name?: NameMatch | undefined;
	/** True when a pasted name found it (names.ts), even a name that spells only its number (`HTTP_422`). */
	byName?: boolean;
}

/** The pages answering a query, best first; the last `partial` of them hold only some of its words. */
export interface Answer {
	found: Found[];
	partial: number;
}

/** The pages that are not codes, and the vendors' pages, by Pagefind id: read once per session from the filters. */
export interface Kinds {
	comparisons: Map<string, PagefindResult>;
	guide: Set<string>;
	vendor: Set<string>;
}

/** Reads the comparison, guide and vendor pages' ids: three searches with no term, no page data loaded. */
export async function loadKinds(pagefind: Pagefind): Promise<Kinds> {
	const ids = async (filter: string, value: string) => (await pagefind.search(null, { filters: { [filter]: [value] } }))?.results ?? [];
	const [comparisons, guide, vendor] = await Promise.all([
		ids('Kind', 'Comparison'),
		ids('Kind', 'Guide question'),
		ids('Registry', 'Unregistered'),
	]);
	return {
		comparisons: new Map(comparisons.map((r) => [r.id, r])),
		guide: new Set(guide.map((r) => r.id)),
		vendor: new Set(vendor.map((r) => r.id)),
	};
}

/** What the finder works with: Pagefind, the page kinds, and the names file when it loaded. */
export interface Finder {
	pagefind: Pagefind;
	kinds: Kinds;
	names?: NameIndex | undefined;
}

const kindOf = (kinds: Kinds, id: string): Kind => (kinds.comparisons.has(id) ? 'comparison' : kinds.guide.has(id) ? 'guide' : 'code');

/** The three-digit codes a query names, each once, in order. */
const codesIn = (query: string) => [...new Set(query.match(/(?<![\w.])[1-5]\d\d(?![\w.])/g) ?? [])];

/** The pages that answer a query under the filters, best first. */
export async function findResults(finder: Finder, query: string, filters: ChosenFilters): Promise<Answer> {
	const { pagefind, kinds, names } = finder;
	if (names && looksLikeName(query)) {
		const found = await byName(pagefind, names.find(query), filters);
		if (found.length) return { found, partial: 0 };
	}
	if (CODE_QUERY.test(query)) {
		const results = await answerCode(query, (await pagefind.search(query, { filters }))?.results ?? []);
		return { found: results.map((result) => ({ result, kind: kindOf(kinds, result.id) })), partial: 0 };
	}
	// With filters and no words, Pagefind lists every page that matches the filters. When few pages hold
	// every word, the pages that hold most of them follow (partial.ts).
	const search = (await forgivingSearch(pagefind.search, query || null, { filters })) ?? { results: [], partial: 0 };
	const named = codesIn(query);
	const vendorNamed = named.length > 0 || queryWords(query).some((word) => names?.vendors.has(word));
	// A vendor's use of a number goes below the registry's codes, within the full and the partial matches alike.
	const demote = (results: PagefindResult[]) =>
		vendorNamed ? results : [...results.filter((r) => !kinds.vendor.has(r.id)), ...results.filter((r) => kinds.vendor.has(r.id))];
	const full = search.results.length - search.partial;
	// A reason phrase typed whole ("early hints") is answered by the pages that hold it, without the pages that hold
	// only "early" or only "hints".
	const quiet = full > 0 && names?.isPhrase(query);
	let results = [...demote(search.results.slice(0, full)), ...(quiet ? [] : demote(search.results.slice(full)))];
	let partial = quiet ? 0 : search.partial;
	// A reason phrase in other words ("not found in django", "too many requests in fastapi") puts its code first too.
	const phrased = [...new Set([...named, ...phrasesIn(names, query).map(String)])];
	if (phrased.length > 0) {
		// "401 vs 403", "400 or 422", "difference between 301 and 308": the comparisons of those codes first, then the
		// codes; "django 429": the code named first, then what holds the other words.
		const compared = named.length > 1 ? await comparisonsOf(kinds, named, filters) : [];
		const first = [...compared, ...(await ownPages(pagefind, phrased, filters))];
		const ids = new Set(first.map((r) => r.id));
		partial = quiet ? 0 : search.results.slice(full).filter((r) => !ids.has(r.id)).length;
		results = [...first, ...results.filter((r) => !ids.has(r.id))];
	}
	return { found: results.map((result) => ({ result, kind: kindOf(kinds, result.id) })), partial };
}

/** Each comparison page with the codes it compares, read from its address (/compare/401-403-404/) once per session. */
const comparedCodes = new WeakMap<Kinds, Promise<{ result: PagefindResult; own: string[] }[]>>();

/** The comparison pages that hold two or more of `codes`, the ones holding most of them first, then the narrowest. */
async function comparisonsOf(kinds: Kinds, codes: string[], filters: ChosenFilters): Promise<PagefindResult[]> {
	if (Object.keys(filters).some((name) => name !== 'Kind')) return [];
	let compared = comparedCodes.get(kinds);
	if (!compared) {
		compared = Promise.all(
			[...kinds.comparisons.values()].map(async (result) => ({
				result,
				own: /compare\/([\d-]+)\/?$/.exec((await result.data()).url)?.[1]?.split('-') ?? [],
			})),
		);
		comparedCodes.set(kinds, compared);
	}
	const pages = (await compared).map(({ result, own }) => ({
		result,
		shared: codes.filter((code) => own.includes(code)).length,
		size: own.length,
	}));
	return pages
		.filter((p) => p.shared >= 2)
		.sort((a, b) => b.shared - a.shared || a.size - b.size)
		.map((p) => p.result);
}

/** Each code's own page (the registered one first), in the order given. */
async function ownPages(pagefind: Pagefind, codes: string[], filters: ChosenFilters): Promise<PagefindResult[]> {
	const pages = await Promise.all(
		codes.map(async (code) => {
			const results = await answerCode(code, (await pagefind.search(code, { filters }))?.results ?? []);
			const data = await results[0]?.data();
			return data?.meta['code'] === code ? [results[0]!] : [];
		}),
	);
	return pages.flat();
}

/** The pages of the codes the names stand for, each with the first name that found it. */
async function byName(pagefind: Pagefind, matches: NameMatch[], filters: ChosenFilters): Promise<Found[]> {
	const codes = [...new Set(matches.map((m) => String(m.code)))];
	const pages = await ownPages(pagefind, codes, filters);
	return Promise.all(
		pages.map(async (result) => {
			const code = Number((await result.data()).meta['code']);
			const name = matches.find((m) => m.code === code && m.name);
			return { result, kind: 'code' as const, name, byName: true };
		}),
	);
}

/**
 * Keeps the results that show `code` as a number of its own: the registered code's page first, then a
 * vendor's use of the number (an unregistered code's page), then the pages that name it. Pagefind also
 * matches digits inside other numbers ("499" finds the "15.4.9" of 308's section number, "911" finds
 * "9110"), so each page's own text is checked for the number standing alone.
 */
async function answerCode(code: string, results: PagefindResult[]): Promise<PagefindResult[]> {
	const standalone = new RegExp(`(?<![\\w.])${code}(?!\\w|\\.\\d)`);
	const pages = await Promise.all(results.map(async (result) => ({ result, data: await result.data() })));
	const own = (data: PagefindResultData) => (data.meta['code'] === code ? (data.meta['registered'] === 'no' ? 1 : 2) : 0);
	return pages
		.filter(({ data }) => own(data) > 0 || standalone.test(data.content))
		.sort((a, b) => own(b.data) - own(a.data))
		.map(({ result }) => result);
}

/**
 * The page of the code a query names exactly, if it has one: Enter on `409` opens 409's page, and Enter on a name
 * that stands for one code (`Response::HTTP_CONFLICT`) opens that code's.
 */
export async function codePage(finder: Finder, query: string): Promise<string | undefined> {
	const { found } = await findResults(finder, query, {});
	const [first] = found;
	const data = await first?.result.data();
	if (first?.byName && found.length === 1) return data?.url;
	return data?.meta['code'] === query ? data.url : undefined;
}
