// One search session per page, after Pagefind's modular UI (modular-core.js): it loads Pagefind (and again on a
// retry), runs the field's query with the chosen filters, lets the latest run win, words the status line, and
// hands each view what to show. Views (combobox.ts in the header, page-list.ts on /search/) subscribe to it and
// know nothing of each other.
import { withBase } from '../../lib/base';
import { emptyOffer } from './empty';
import { renderFilters, type Filters } from './filters';
import { CODE_QUERY, codePage, findResults, loadKinds, type Finder, type Found, type Kind } from './find';
import { loadNames, looksLikeName, type NameIndex, type NameMatch } from './names';
import type { Pagefind, PagefindResultData } from './pagefind-types';

/** What a view shows after a run. */
export interface Shown {
	/** The results to list, already cut to the view's limit, each with its kind and the name that found it. */
	data: { data: PagefindResultData; kind: Kind; name?: NameMatch | undefined }[];
	/** The status line, e.g. `3 codes match “gone”.` */
	status: string;
	/** The line under the list: a link to every result, the way out of an empty answer, or nothing. */
	more: (Node | string)[];
}

/** A view of the session's results. */
export interface SearchView {
	/** The element the filters go at the top of. */
	readonly region: HTMLElement;
	/** How many results a bare query shows here; a filtered one shows every match. */
	readonly limit: number;
	/** True when a submitted query runs in this page rather than opening the search page. */
	readonly inPage: boolean;
	/** Search works (again): the view may show itself. */
	ready(): void;
	/** Search could not load: the view closes; the page's note says why (src/components/SearchNote.astro). */
	failed(): void;
	/** Shows a run's results. */
	show(shown: Shown): void;
	/** Hears each query before it runs, e.g. to put it in the page's address. */
	query?(query: string): void;
}

/** Tells CSS the search's state through <body data-search> (see page-loader.ts): '' is ready. */
function setState(state: '' | 'loading' | 'failed'): void {
	document.body.dataset['search'] = state;
}

/** Pagefind with its index loaded, or undefined when its files cannot be fetched. `given` is the loader's import. */
async function loadPagefind(given: Pagefind | undefined, attempt: number): Promise<Pagefind | undefined> {
	try {
		// A retry imports a fresh copy of the module, so nothing of the failed attempt's state is reused. A plain
		// identifier in import(): a template literal there would make Vite wrap it in its preload helper.
		const url = `${withBase('pagefind/pagefind.js')}?retry=${attempt}`;
		const pagefind = given ?? ((await import(/* @vite-ignore */ url)) as Pagefind);
		// noWorker: the index is small enough to search on the main thread, and a worker would add one more
		// script to fetch, one round trip after pagefind.js, before the first result.
		await pagefind.options({ baseUrl: withBase('/'), excerptLength: 18, noWorker: true });
		await pagefind.init();
		return pagefind;
	} catch {
		return undefined;
	}
}

/** True when Pagefind's files can be fetched, from the network or from the service worker's offline copy. */
async function indexReachable(): Promise<boolean> {
	try {
		return (await fetch(withBase('pagefind/pagefind-entry.json'), { cache: 'no-cache' })).ok;
	} catch {
		return false;
	}
}

/** The search behind the header's field: loading, the latest-wins run, the status line and the filters. */
export class SearchSession {
	readonly input: HTMLInputElement;
	readonly form: HTMLFormElement;
	readonly #views: SearchView[] = [];
	#pagefind: Pagefind | undefined;
	#finder: Finder | undefined;
	/** The names file (names.ts), fetched once beside Pagefind; a retry reuses it. */
	#names: Promise<NameIndex | undefined> | undefined;
	#connecting: Promise<void> | undefined;
	#attempts = 0;
	#filters: Filters | undefined;
	/** The ticket of the latest run: an older run's results arrive late and are dropped. */
	#latest = 0;

	constructor(input: HTMLInputElement, form: HTMLFormElement) {
		this.input = input;
		this.form = form;
		input.addEventListener('input', () => void this.run());
		form.addEventListener('submit', (event) => void this.#onSubmit(event));
	}

	/** Adds a view; it hears every run from now on. */
	subscribe(view: SearchView): void {
		this.#views.push(view);
	}

	/** True once Pagefind is loaded. */
	get ready(): boolean {
		return this.#pagefind !== undefined;
	}

	/** Loads Pagefind (again, on a retry), then shows the first results and the filters; on failure, says so. */
	connect(given?: Pagefind): Promise<void> {
		return (this.#connecting ??= this.#load(given).finally(() => (this.#connecting = undefined)));
	}

	async #load(given: Pagefind | undefined): Promise<void> {
		setState('loading');
		const [pagefind, names] = await Promise.all([
			loadPagefind(given, this.#attempts++),
			(this.#names ??= loadNames(withBase('search-names.json'))),
		]);
		try {
			// Which pages are comparisons, guide questions and vendors' codes: three searches by filter, no page loaded.
			this.#finder = pagefind && { pagefind, kinds: await loadKinds(pagefind), names };
		} catch {
			this.#finder = undefined;
		}
		this.#pagefind = this.#finder && pagefind;
		if (!this.#finder) return this.#fail();
		setState('');
		for (const view of this.#views) view.ready();
		await this.run();
		if (this.#filters) return;
		try {
			// The filter lists load after the first results: loading them first would hold those results back a round trip.
			const filters = renderFilters(await this.#finder.pagefind.filters(), () => void this.run());
			this.#filters = filters;
			for (const view of this.#views) view.region.prepend(filters.element);
		} catch {
			this.#fail();
		}
	}

	/** Search could not load: every view closes and empties, and the page's note says so. */
	#fail(): void {
		this.#pagefind = this.#finder = undefined;
		++this.#latest;
		for (const view of this.#views) {
			view.failed();
			view.show({ data: [], status: '', more: [] });
		}
		setState('failed');
	}

	/** Runs the field's query with the chosen filters and shows what it finds in each view; the latest run wins. */
	async run(): Promise<void> {
		const finder = this.#finder;
		if (!finder) return;
		const query = this.input.value.trim();
		const chosen = this.#filters?.selected() ?? {};
		const filtered = Object.keys(chosen).length > 0;
		const ticket = ++this.#latest;
		for (const view of this.#views) view.query?.(query);
		if (!query && !filtered) {
			for (const view of this.#views) view.show({ data: [], status: 'Type to search, or pick a filter.', more: [] });
			return;
		}
		try {
			const { found: results, partial } = await findResults(finder, query, chosen);
			// Pagefind answers nothing, rather than failing, when its index files cannot be fetched (offline with no
			// offline copy): an empty answer stands only once the index is reachable; otherwise search could not load.
			if (results.length === 0 && !(await indexReachable())) throw new Error('Pagefind’s index cannot be fetched');
			if (ticket !== this.#latest) return;
			// Only a bare query is cut short; the "see all" link carries the query alone.
			const limitOf = (view: SearchView) => (filtered ? Infinity : view.limit);
			const most = Math.min(results.length, Math.max(...this.#views.map(limitOf)));
			const data = await Promise.all(
				results.slice(0, most).map(async ({ result, kind, name }) => ({ data: await result.data(), kind, name })),
			);
			if (ticket !== this.#latest) return;
			const count = results.length;
			const what = query ? `“${query}”` : 'the filters';
			const found = statusLine(results, partial, what);
			for (const view of this.#views) {
				const shown = data.slice(0, limitOf(view));
				const cut = count > shown.length;
				// Nothing found is not a dead end: the index and the guide (empty.ts).
				const more = count === 0 ? emptyOffer() : cut ? [allLink(`${this.form.action}?${new URLSearchParams({ q: query })}`, count)] : [];
				view.show({ data: shown, status: cut ? `${found} Showing the first ${shown.length}.` : found, more });
			}
		} catch {
			if (ticket === this.#latest) this.#fail();
		}
	}

	/**
	 * Enter opens a page directly only when the query is exactly a code that has one; any other query goes
	 * to the search page (the form's own submission), or runs here where the results stay in the page.
	 * "Try again" in the failure note retries in place.
	 */
	async #onSubmit(event: SubmitEvent): Promise<void> {
		if (event.submitter?.classList.contains('search-retry')) {
			event.preventDefault();
			// The note and its button hide while search loads again: focus goes back to the field first.
			this.input.focus();
			return this.connect();
		}
		const inPage = this.#views.some((view) => view.inPage);
		const query = this.input.value.trim();
		const finder = this.#finder;
		// Decided before any await: the form's own submission goes ahead unless prevented now.
		if (inPage && finder) event.preventDefault();
		if (!finder || !(CODE_QUERY.test(query) || looksLikeName(query))) return inPage ? this.run() : undefined;
		event.preventDefault();
		try {
			const page = await codePage(finder, query);
			if (page) return location.assign(page);
		} catch {
			// The search page says what went wrong.
		}
		if (inPage) return this.run();
		location.assign(`${this.form.action}?${new URLSearchParams({ q: query })}`);
	}
}

/** "3 codes, 1 comparison and 1 guide question": results counted by kind, codes first, kinds with none left out. */
export function tally(found: readonly Pick<Found, 'kind'>[], more = ''): string {
	const words: [Kind, string, string][] = [
		['code', 'code', 'codes'],
		['comparison', 'comparison', 'comparisons'],
		['guide', 'guide question', 'guide questions'],
	];
	const parts = words.flatMap(([kind, one, many]) => {
		const n = found.filter((f) => f.kind === kind).length;
		return n ? [`${n} ${more}${n === 1 ? one : many}`] : [];
	});
	return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/** The status line of a run: how many codes, comparisons and guide questions match `what`, and which only in part. */
export function statusLine(found: readonly Pick<Found, 'kind'>[], partial: number, what: string): string {
	if (found.length === 0) return `No codes match ${what}.`;
	const full = found.slice(0, found.length - partial);
	const verb = (n: number, one: string, many: string) => (n === 1 ? one : many);
	if (!partial) return `${tally(found)} ${verb(found.length, 'matches', 'match')} ${what}.`;
	const some = found.slice(found.length - partial);
	if (!full.length)
		return `No code holds every word of ${what}; ${tally(some)} ${verb(partial, 'holds', 'hold')} some of its words, best first.`;
	return `${tally(full)} ${verb(full.length, 'matches', 'match')} ${what}; ${tally(some, 'more ')} ${verb(partial, 'holds', 'hold')} some of its words.`;
}

/** The link under a list cut short: every result, on the search page. */
function allLink(href: string, count: number): HTMLAnchorElement {
	const link = document.createElement('a');
	link.href = href;
	link.textContent = `See all ${count} on the search page`;
	return link;
}
