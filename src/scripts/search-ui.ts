// The search UI, loaded on the first interaction with the search field. In the header it follows the
// WAI-ARIA APG combobox pattern with a listbox popup ("Editable Combobox With List Autocomplete"): DOM focus
// stays in the field, the arrow keys move through the results by aria-activedescendant, Enter opens one,
// Escape closes the popup. On the search page the field drives a plain list of links in the page body,
// where the results stay. Results are built with DOM APIs and text nodes only, so nothing a user types or
// an excerpt holds is ever parsed as markup.
import { withBase } from '../lib/base';
import type { Pagefind, PagefindFilters, PagefindResult, PagefindResultData } from './pagefind-types';
import { emptyOffer } from './search-empty';
import { forgivingSearch, partialStatus, type ForgivingResults } from './search-partial';

/** Results the header's panel shows for a bare query; the search page and filtered searches list every match. */
const MAX_RESULTS = 10;

/** A query that is exactly a status code's number. */
const CODE_QUERY = /^[1-5]\d\d$/;

/** The search page's results region; the header's panel serves every other page. */
const PAGE_REGION_ID = 'search-page-results';

/** Chosen filter values by filter name, as Pagefind takes them. */
export type ChosenFilters = Record<string, string[]>;

/** Tells CSS the search's state through <body data-search> (see search-loader.ts): '' is ready. */
function setState(state: '' | 'loading' | 'failed'): void {
	document.body.dataset['search'] = state;
}

/** Sets Pagefind up for the site's base path and loads its index. */
async function initPagefind(pagefind: Pagefind): Promise<Pagefind> {
	// noWorker: the index is small enough to search on the main thread, and a worker would add one more
	// script to fetch, one round trip after pagefind.js, before the first result.
	await pagefind.options({ baseUrl: withBase('/'), excerptLength: 18, noWorker: true });
	await pagefind.init();
	return pagefind;
}

/** Pagefind with its index loaded, or undefined when its files cannot be fetched. `given` is the loader's import. */
async function loadPagefind(given: Pagefind | undefined, attempt: number): Promise<Pagefind | undefined> {
	try {
		// A retry imports a fresh copy of the module, so nothing of the failed attempt's state is reused. A plain
		// identifier in import(): a template literal there would make Vite wrap it in its preload helper.
		const url = `${withBase('pagefind/pagefind.js')}?retry=${attempt}`;
		const pagefind = given ?? ((await import(/* @vite-ignore */ url)) as Pagefind);
		return await initPagefind(pagefind);
	} catch {
		return undefined;
	}
}

/**
 * The pages that answer a query under the filters, best first: the one place the result list is fetched.
 * A code query is answered only by pages that show that number as a number of its own.
 */
export async function findResults(pagefind: Pagefind, query: string, filters: ChosenFilters): Promise<ForgivingResults<PagefindResult>> {
	// With filters and no words, Pagefind lists every page that matches the filters. When few pages hold
	// every word, the pages that hold most of them follow (search-partial.ts).
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

/** Appends Pagefind's excerpt, keeping its <mark> highlights and nothing else. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
	for (const node of parsed.body.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			target.append(mark);
		} else {
			target.append(node.textContent ?? '');
		}
	}
}

/** A result's name: its code's badge and its reason phrase. */
function resultName(result: PagefindResultData, element: HTMLElement): HTMLElement {
	element.classList.add('result-link');
	const code = result.meta['code'];
	if (code) {
		const badge = document.createElement('span');
		badge.className = `badge c${code[0]}xx`;
		badge.textContent = code;
		// An unregistered number gets the same badge as on its page (UnregisteredBadge.astro), never a class colour.
		if (result.meta['registered'] === 'no') {
			const label = document.createElement('span');
			label.className = 'badge-unregistered-label';
			label.textContent = 'unregistered';
			badge.className = 'badge-unregistered';
			badge.append(' ', label);
		}
		element.append(badge, ' ');
	}
	const name = document.createElement('span');
	name.textContent = result.meta['phrase'] ?? result.meta['title'] ?? result.url;
	element.append(name);
	return element;
}

/** A result's excerpt. */
function resultExcerpt(result: PagefindResultData, element: HTMLElement): HTMLElement {
	element.className = 'result-excerpt';
	appendExcerpt(element, result.excerpt);
	return element;
}

/** One row of the search page's list: a link with the name, then the excerpt. */
function renderItem(result: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = resultName(result, document.createElement('a'));
	(link as HTMLAnchorElement).href = result.url;
	item.append(link, resultExcerpt(result, document.createElement('p')));
	return item;
}

/** One option of the header's listbox: a link out of the Tab order, named by its code and phrase, described by its excerpt. */
function renderOption(result: PagefindResultData, index: number): HTMLAnchorElement {
	const option = document.createElement('a');
	option.id = `site-search-option-${index}`;
	option.href = result.url;
	option.className = 'search-option';
	option.tabIndex = -1;
	option.setAttribute('role', 'option');
	option.setAttribute('aria-selected', 'false');
	const excerpt = resultExcerpt(result, document.createElement('span'));
	excerpt.id = `${option.id}-excerpt`;
	// The excerpt is the option's description, not part of its name: hidden from the name, read after it.
	excerpt.setAttribute('aria-hidden', 'true');
	option.setAttribute('aria-describedby', excerpt.id);
	option.append(resultName(result, document.createElement('span')), excerpt);
	return option;
}

/** One labelled select per Pagefind filter; its change re-runs the search. The arrow keys stay the select's own. */
function renderFilters(filters: PagefindFilters, onChange: () => void): { element: HTMLElement; selected: () => ChosenFilters } {
	const element = document.createElement('div');
	element.className = 'search-filters';
	const selects = Object.entries(filters).map(([name, values], i) => {
		const label = document.createElement('label');
		const select = document.createElement('select');
		select.id = `search-filter-${i}`;
		select.name = name;
		label.htmlFor = select.id;
		label.textContent = name;
		select.append(
			new Option('Any', ''),
			...Object.keys(values)
				.sort()
				.map((value) => new Option(value, value)),
		);
		select.addEventListener('change', onChange);
		const field = document.createElement('span');
		field.className = 'search-filter';
		field.append(label, select);
		element.append(field);
		return select;
	});
	const selected = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
	return { element, selected };
}

/** The search around the header's field: its results, its popup in the header or its list on the search page. */
class SiteSearch {
	readonly #input: HTMLInputElement;
	readonly #form: HTMLFormElement;
	/** The header's panel, or the search page's results region. */
	readonly #region: HTMLElement;
	/** True on the search page: results stay in the page body, and the header has no popup. */
	readonly #inPage: boolean;
	readonly #status = document.createElement('p');
	/** The header's listbox, or the search page's list. */
	readonly #list: HTMLElement;
	readonly #more = document.createElement('p');
	#pagefind: Pagefind | undefined;
	#connecting: Promise<void> | undefined;
	#attempts = 0;
	#filters: ReturnType<typeof renderFilters> | undefined;
	#latest = 0;
	#active = -1;

	constructor(input: HTMLInputElement, form: HTMLFormElement, region: HTMLElement) {
		this.#input = input;
		this.#form = form;
		this.#region = region;
		this.#inPage = region.id === PAGE_REGION_ID;
		this.#list = document.createElement(this.#inPage ? 'ul' : 'div');
		this.#build();
	}

	/** Builds the status line, the list and the "see all" line, and gives the field its ARIA. */
	#build(): void {
		this.#status.setAttribute('role', 'status');
		this.#status.className = 'search-status';
		this.#list.className = 'search-list';
		this.#list.setAttribute('aria-label', 'Search results');
		this.#more.className = 'search-more';
		this.#region.append(this.#status, this.#list, this.#more);
		this.#input.setAttribute('aria-controls', this.#inPage ? this.#region.id : (this.#list.id = 'site-search-listbox'));
		if (this.#inPage) return;
		this.#list.setAttribute('role', 'listbox');
		this.#list.hidden = true;
		this.#input.setAttribute('role', 'combobox');
		this.#input.setAttribute('aria-autocomplete', 'list');
		this.#input.setAttribute('aria-expanded', 'false');
	}

	/** Listens to the field, the form, and focus and clicks anywhere (which close the popup when they leave the search). */
	listen(): void {
		this.#input.addEventListener('input', () => {
			this.#open();
			void this.#run();
		});
		// Focus from outside the search opens the popup; focus coming back from inside it (Escape) does not.
		this.#input.addEventListener('focus', (event) => {
			if (!this.#within(event.relatedTarget)) this.#open();
		});
		this.#input.addEventListener('click', () => this.#open());
		this.#input.addEventListener('keydown', (event) => this.#onFieldKey(event));
		this.#root().addEventListener('keydown', (event) => this.#onEscape(event));
		this.#form.addEventListener('submit', (event) => void this.#onSubmit(event));
		const leave = (event: Event) => {
			if (!this.#within(event.target)) this.#close();
		};
		document.addEventListener('focusin', leave);
		document.addEventListener('pointerdown', leave);
	}

	/** Loads Pagefind (again, on a retry), then shows the first results and the filters; on failure, says so. */
	connect(given?: Pagefind): Promise<void> {
		return (this.#connecting ??= this.#load(given).finally(() => (this.#connecting = undefined)));
	}

	async #load(given: Pagefind | undefined): Promise<void> {
		setState('loading');
		this.#pagefind = await loadPagefind(given, this.#attempts++);
		if (!this.#pagefind) return this.#fail();
		setState('');
		if (this.#inPage || this.#within(document.activeElement)) this.#open();
		await this.#run();
		if (this.#filters) return;
		try {
			// The filter lists load after the first results: loading them first would hold those results back a round trip.
			this.#filters = renderFilters(await this.#pagefind.filters(), () => void this.#run());
			this.#region.prepend(this.#filters.element);
		} catch {
			this.#fail();
		}
	}

	/** Search could not load: the page's note says so and offers the index and a retry (src/components/SearchNote.astro). */
	#fail(): void {
		this.#pagefind = undefined;
		++this.#latest;
		this.#close();
		this.#show([], '');
		setState('failed');
	}

	/** Runs the field's query with the chosen filters and shows what it finds; the latest run wins. */
	async #run(): Promise<void> {
		const pagefind = this.#pagefind;
		if (!pagefind) return;
		const query = this.#input.value.trim();
		const chosen = this.#filters?.selected() ?? {};
		const filtered = Object.keys(chosen).length > 0;
		const ticket = ++this.#latest;
		// The search page's address follows its query, so reloading or sharing it keeps the results.
		if (this.#inPage) history.replaceState(history.state, '', `${location.pathname}?${new URLSearchParams({ q: query })}`);
		if (!query && !filtered) return this.#show([], 'Type to search, or pick a filter.');
		try {
			const { results, partial } = await findResults(pagefind, query, chosen);
			if (ticket !== this.#latest) return;
			// Only a bare query in the header is cut short; its "see all" link carries the query alone.
			const capped = !this.#inPage && !filtered;
			const shown = capped ? results.slice(0, MAX_RESULTS) : results;
			const data = await Promise.all(shown.map((result) => result.data()));
			if (ticket !== this.#latest) return;
			const count = results.length;
			const what = query ? `“${query}”` : 'the filters';
			let status =
				count === 0
					? `No codes match ${what}.`
					: partial
						? partialStatus(count, partial, what)
						: `${count} ${count === 1 ? 'code matches' : 'codes match'} ${what}.`;
			if (count > shown.length) status += ` Showing the first ${shown.length}.`;
			this.#show(data, status, count > shown.length ? `${this.#form.action}?${new URLSearchParams({ q: query })}` : undefined, count);
			// Nothing found is not a dead end: the index and the guide (search-empty.ts).
			if (count === 0) this.#more.replaceChildren(...emptyOffer());
		} catch {
			if (ticket === this.#latest) this.#fail();
		}
	}

	/** Puts results, the status line and, when the list is cut short, a link to them all on the page. */
	#show(data: PagefindResultData[], status: string, all?: string, count = 0): void {
		this.#setActive(-1);
		this.#list.replaceChildren(...data.map((result, i) => (this.#inPage ? renderItem(result) : renderOption(result, i))));
		if (!this.#inPage) this.#list.hidden = data.length === 0;
		this.#status.textContent = status;
		this.#more.replaceChildren();
		if (all) {
			const link = document.createElement('a');
			link.href = all;
			link.textContent = `See all ${count} on the search page`;
			this.#more.append(link);
		}
	}

	/** Shows the header's popup, once search works; the search page has none. */
	#open(): void {
		if (this.#inPage || !this.#pagefind) return;
		this.#region.hidden = false;
		this.#input.setAttribute('aria-expanded', 'true');
	}

	/** Hides the header's popup. */
	#close(): void {
		if (this.#inPage) return;
		this.#setActive(-1);
		this.#region.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
	}

	#isOpen(): boolean {
		return !this.#inPage && !this.#region.hidden;
	}

	/** The header's options. */
	#options(): HTMLAnchorElement[] {
		return this.#inPage ? [] : [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	}

	/** Marks option `index` as the active one (-1: none), for the eye and for assistive technology. */
	#setActive(index: number): void {
		const options = this.#options();
		this.#active = index;
		options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		const option = options[index];
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	/** The field's keys, as the APG combobox pattern has them; the search page's field keeps the browser's own. */
	#onFieldKey(event: KeyboardEvent): void {
		if (this.#inPage) return;
		const options = this.#options();
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const down = event.key === 'ArrowDown';
			// Alt+Down opens the popup without moving in it; Alt+Up closes it.
			if (event.altKey) return down ? this.#open() : this.#close();
			this.#open();
			if (!options.length) return;
			const from = this.#active < 0 ? (down ? -1 : 0) : this.#active;
			this.#setActive((from + (down ? 1 : -1) + options.length) % options.length);
		} else if (event.key === 'Enter' && this.#isOpen() && options[this.#active]) {
			event.preventDefault();
			options[this.#active]?.click();
		} else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
			// These move the text cursor: the active option goes back to the field.
			this.#setActive(-1);
		}
	}

	/** One Escape closes the popup, from the field or from anywhere in it, and focus goes back to the field. */
	#onEscape(event: KeyboardEvent): void {
		if (event.key !== 'Escape' || !this.#isOpen()) return;
		// Without this, the search field's own Escape would also clear it, and that input would reopen the popup.
		event.preventDefault();
		this.#close();
		this.#input.focus();
	}

	/**
	 * Enter opens a page directly only when the query is exactly a code that has one; any other query goes
	 * to the search page (the form's own submission). "Try again" in the failure note retries in place.
	 */
	async #onSubmit(event: SubmitEvent): Promise<void> {
		if (event.submitter?.classList.contains('search-retry')) {
			event.preventDefault();
			// The note and its button hide while search loads again: focus goes back to the field first.
			this.#input.focus();
			return this.connect();
		}
		const query = this.#input.value.trim();
		const pagefind = this.#pagefind;
		if (this.#inPage && pagefind) event.preventDefault();
		if (!pagefind || !CODE_QUERY.test(query)) return this.#inPage ? this.#run() : undefined;
		event.preventDefault();
		try {
			const [first] = (await findResults(pagefind, query, {})).results;
			const data = await first?.data();
			if (data?.meta['code'] === query) return location.assign(data.url);
		} catch {
			// The search page says what went wrong.
		}
		if (this.#inPage) return this.#run();
		location.assign(`${this.#form.action}?${new URLSearchParams({ q: query })}`);
	}

	/** The <search> element around the form and the panel. */
	#root(): HTMLElement {
		return this.#form.parentElement ?? this.#form;
	}

	/** True when `target` is inside the search (field, button, panel). */
	#within(target: EventTarget | null): boolean {
		return target instanceof Node && this.#root().contains(target);
	}
}

/** Wires the search UI to the header's search field, given Pagefind's module when the loader could fetch it. Never throws. */
export async function attach(input: HTMLInputElement, pagefind?: Pagefind): Promise<void> {
	const region = document.getElementById(PAGE_REGION_ID) ?? document.getElementById('site-search-results');
	if (!input.form || !region) return;
	const search = new SiteSearch(input, input.form, region);
	search.listen();
	await search.connect(pagefind);
}
