// The search UI, loaded on the first interaction with the search field. Results are built with DOM
// APIs and text nodes only, so nothing a user types or an excerpt holds is ever parsed as markup.
import { withBase } from '../lib/base';
import type { Pagefind, PagefindFilters, PagefindResultData } from './pagefind';
import { emptyOffer } from './search-empty';
import { forgivingSearch, partialStatus } from './search-partial';

/** Results the header's panel shows for a bare query; the search page and filtered searches list every match. */
const MAX_RESULTS = 10;

/** Sets Pagefind up for the site's base path and loads its index. */
async function initPagefind(pagefind: Pagefind): Promise<Pagefind> {
	// noWorker: the index is small enough to search on the main thread, and a worker would add one more
	// script to fetch, one round trip after pagefind.js, before the first result.
	await pagefind.options({ baseUrl: withBase('/'), excerptLength: 18, noWorker: true });
	await pagefind.init();
	return pagefind;
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

/** A query that is a code number puts that code first: the registered code, then a vendor's use of the number. */
function codeFirst(query: string, results: PagefindResultData[]): PagefindResultData[] {
	const code = query.trim();
	if (!/^[1-5]\d\d$/.test(code)) return results;
	const rank = (r: PagefindResultData) => (r.meta.code === code ? (r.meta.registered === 'no' ? 1 : 2) : 0);
	return [...results].sort((a, b) => rank(b) - rank(a));
}

/** One result row: badge, title link, excerpt. */
function renderResult(result: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.className = 'result-link';
	const code = result.meta.code;
	if (code) {
		const badge = document.createElement('span');
		badge.className = `badge c${code[0]}xx`;
		badge.textContent = code;
		// An unregistered number gets the same badge as on its page (UnregisteredBadge.astro), never a class colour.
		if (result.meta.registered === 'no') {
			const label = document.createElement('span');
			label.className = 'badge-unregistered-label';
			label.textContent = 'unregistered';
			badge.className = 'badge-unregistered';
			badge.append(' ', label);
		}
		link.append(badge, ' ');
	}
	const name = document.createElement('span');
	name.textContent = result.meta.phrase ?? result.meta.title ?? result.url;
	link.append(name);
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	appendExcerpt(excerpt, result.excerpt);
	item.append(link, excerpt);
	return item;
}

/** One labelled select per Pagefind filter; its change re-runs the search. */
function renderFilters(filters: PagefindFilters, onChange: () => void): { element: HTMLElement; selected: () => Record<string, string[]> } {
	const element = document.createElement('div');
	element.className = 'search-filters';
	const selects = Object.entries(filters).map(([name, values], i) => {
		const label = document.createElement('label');
		const select = document.createElement('select');
		select.id = `search-filter-${i}`;
		select.name = name;
		label.htmlFor = select.id;
		label.textContent = name;
		select.append(new Option('Any', ''), ...Object.keys(values).sort().map((value) => new Option(value, value)));
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

/** Wires the search UI to the header's search field, given Pagefind's module (pagefind/pagefind.js). */
export async function attach(input: HTMLInputElement, pagefindModule: Pagefind): Promise<void> {
	const panel = document.getElementById('site-search-results');
	const form = input.form;
	if (!panel || !form) return;
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	status.className = 'search-status';
	const list = document.createElement('ul');
	list.setAttribute('aria-label', 'Search results');
	list.className = 'search-list';
	const more = document.createElement('p');
	more.className = 'search-more';
	panel.append(status, list, more);
	// The form's target is the search page: there the list is not cut short.
	const onSearchPage = new URL(form.action).pathname === location.pathname;
	input.setAttribute('aria-controls', panel.id);
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
	const close = () => {
		panel.hidden = true;
	};

	status.textContent = 'Loading search…';
	const pagefind = await initPagefind(pagefindModule);
	let latest = 0;
	let filters: ReturnType<typeof renderFilters> | undefined;

	const run = async (): Promise<void> => {
		const query = input.value.trim();
		const chosen = filters?.selected() ?? {};
		const filtered = Object.keys(chosen).length > 0;
		const ticket = ++latest;
		if (!query && !filtered) {
			list.replaceChildren();
			more.replaceChildren();
			status.textContent = 'Type to search, or pick a filter.';
			return;
		}
		// With filters and no words, Pagefind lists every page that matches the filters.
		const search = await forgivingSearch(pagefind.search, query || null, { filters: chosen });
		if (!search || ticket !== latest) return;
		// Only a bare query in the header is cut short; its "see all" link carries the query alone.
		const capped = query && !onSearchPage && !filtered;
		const shown = capped ? search.results.slice(0, MAX_RESULTS) : search.results;
		const data = codeFirst(query, await Promise.all(shown.map((r) => r.data())));
		if (ticket !== latest) return;
		list.replaceChildren(...data.map(renderResult));
		const count = search.results.length;
		const what = query ? `“${query}”` : 'the filters';
		status.textContent = count === 0 ? `No codes match ${what}.` : search.partial ? partialStatus(count, search.partial, what) : `${count} ${count === 1 ? 'code matches' : 'codes match'} ${what}.`;
		more.replaceChildren(...(count === 0 ? emptyOffer() : []));
		if (count > shown.length) {
			status.textContent += ` Showing the first ${shown.length}.`;
			const all = document.createElement('a');
			all.href = `${form.action}?${new URLSearchParams({ q: query })}`;
			all.textContent = `See all ${count} on the search page`;
			more.append(all);
		}
	};
	const open = () => {
		panel.hidden = false;
	};

	input.addEventListener('input', () => {
		open();
		void run();
	});
	input.addEventListener('focus', open);
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		links()[0]?.click();
	});
	form.parentElement?.addEventListener('keydown', (event) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			input.removeEventListener('focus', open);
			input.focus();
			input.addEventListener('focus', open);
			close();
		} else if (event.key === 'ArrowDown' && all.length) {
			event.preventDefault();
			all[Math.min(at + 1, all.length - 1)]?.focus();
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			(at === 0 ? input : all[at - 1])?.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!form.parentElement?.contains(event.target as Node)) close();
	});
	if (document.activeElement === input || input.value) open();
	await run();
	// The filter lists load after the first results: loading them first would hold those results back a round trip.
	filters = renderFilters(await pagefind.filters(), () => void run());
	panel.prepend(filters.element);
}
