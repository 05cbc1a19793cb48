// Which pages answer a query: the one place the result list is fetched from Pagefind.
import type { ChosenFilters } from './filters';
import type { Pagefind, PagefindResult, PagefindResultData } from './pagefind-types';
import { forgivingSearch, type ForgivingResults } from './partial';

/** A query that is exactly a status code's number. */
export const CODE_QUERY = /^[1-5]\d\d$/;

/**
 * The pages that answer a query under the filters, best first. A code query is answered only by pages that show
 * that number as a number of its own.
 */
export async function findResults(pagefind: Pagefind, query: string, filters: ChosenFilters): Promise<ForgivingResults<PagefindResult>> {
	// With filters and no words, Pagefind lists every page that matches the filters. When few pages hold
	// every word, the pages that hold most of them follow (partial.ts).
	const search = (await forgivingSearch(pagefind.search, query || null, { filters })) ?? { results: [], partial: 0 };
	return CODE_QUERY.test(query) ? { results: await answerCode(query, search.results), partial: 0 } : search;
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

/** The page of the code a query names exactly, if it has one: Enter on `409` opens 409's page. */
export async function codePage(pagefind: Pagefind, query: string): Promise<string | undefined> {
	const [first] = (await findResults(pagefind, query, {})).results;
	const data = await first?.data();
	return data?.meta['code'] === query ? data.url : undefined;
}
