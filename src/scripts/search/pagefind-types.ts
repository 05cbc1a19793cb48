// Types for the part of Pagefind's browser API the search UI uses (pagefind.js in the built site).

/** One result's loaded data. */
export interface PagefindResultData {
	url: string;
	excerpt: string;
	/** The page's indexed text, words separated by whitespace. */
	content: string;
	meta: Record<string, string | undefined>;
}

/** One hit; its data loads on demand. */
export interface PagefindResult {
	id: string;
	/** Pagefind's ranking score for the query; higher ranks first. */
	score: number;
	data(): Promise<PagefindResultData>;
}

/** Filter name -> value -> count. */
export type PagefindFilters = Record<string, Record<string, number>>;

/** The module at /pagefind/pagefind.js. */
export interface Pagefind {
	options(options: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
	init(): Promise<void>;
	search(term: string | null, options?: { filters?: Record<string, string[]> }): Promise<{ results: PagefindResult[] } | null>;
	filters(): Promise<PagefindFilters>;
}
