// Search that forgives: Pagefind answers only pages that hold every word of a query, so a description of a
// situation ("the upload is too big for the server") often matches nothing. When it does, each word is
// searched on its own and the pages that hold the most of the words, weighted by how rare each word is,
// come first. Pure: the search function is passed in, so the ranking runs (and is tested) without a page.

/** What the ranking needs of one Pagefind hit. */
export interface Hit {
	id: string;
	/** Pagefind's score for the page (higher is better). */
	score: number;
}

/** A search function shaped like Pagefind's `search`. */
export type SearchFn<R extends Hit, O> = (term: string | null, options?: O) => Promise<{ results: R[] } | null>;

/** A search's answer: the pages that hold every word first, then (`partial` of them) pages that hold only some. */
export interface ForgivingResults<R extends Hit> {
	results: R[];
	partial: number;
}

/** Fewer full matches than this, and the pages that hold some of the words follow them. */
export const FEW_RESULTS = 3;

/** The words of a query as Pagefind would see them, lower-cased, each once. */
export function queryWords(query: string): string[] {
	const words = query
		.toLowerCase()
		.split(/[^\p{L}\p{N}'’-]+/u)
		.map((w) => w.replace(/^['’-]+|['’-]+$/g, ''));
	return [...new Set(words.filter(Boolean))];
}

/**
 * Ranks pages by the words they hold. Each word counts by its rarity (a word on every page counts for
 * almost nothing) times how well the page scores for it against the best page for that word, so a page
 * that holds the rare words of a query, in its situations rather than in passing, comes first.
 */
export function rankPartial<R extends Hit>(perWord: readonly (readonly R[])[], totalPages: number): R[] {
	const ranked = new Map<string, { hit: R; rank: number }>();
	for (const hits of perWord) {
		if (hits.length === 0) continue;
		const rarity = Math.log((Math.max(totalPages, hits.length) + 1) / hits.length);
		const best = Math.max(...hits.map((h) => h.score)) || 1;
		for (const hit of hits) {
			const entry = ranked.get(hit.id) ?? { hit, rank: 0 };
			entry.rank += rarity * (0.5 + (0.5 * hit.score) / best);
			ranked.set(hit.id, entry);
		}
	}
	return [...ranked.values()].sort((a, b) => b.rank - a.rank).map((e) => e.hit);
}

/**
 * Runs a search; when fewer than FEW_RESULTS pages hold every word of a query of two or more words, the
 * pages that hold the most of them follow, counted in `partial`. A query with no known word answers nothing.
 */
export async function forgivingSearch<R extends Hit, O>(
	search: SearchFn<R, O>,
	query: string | null,
	options?: O,
): Promise<ForgivingResults<R> | null> {
	const full = await search(query, options);
	const words = query ? queryWords(query) : [];
	if (!full || full.results.length >= FEW_RESULTS || words.length < 2) return full && { results: full.results, partial: 0 };
	const [all, ...perWord] = await Promise.all([search(null, options), ...words.map((word) => search(word, options))]);
	const found = new Set(full.results.map((r) => r.id));
	const some = rankPartial(
		perWord.map((s) => s?.results ?? []),
		all?.results.length ?? 0,
	).filter((r) => !found.has(r.id));
	return { results: [...full.results, ...some], partial: some.length };
}
