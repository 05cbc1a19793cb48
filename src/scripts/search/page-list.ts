// The search page's view: a plain list of links in the page body, where the results stay. The header's field
// drives it, and the page's address follows the query.
import { el, resultExcerpt, resultName, type ShownResult } from './render';
import type { SearchSession, SearchView, Shown } from './session';

/** One row of the list: a link with the name, then the excerpt. */
function renderItem(result: ShownResult): HTMLLIElement {
	return el('li', {}, resultName(result, el('a', { href: result.data.url })), resultExcerpt(result, 'p'));
}

/** The list of every result on /search/, in its results region. */
export class PageList implements SearchView {
	readonly limit = Infinity;
	readonly inPage = true;
	readonly region: HTMLElement;
	readonly #status = el('p', { role: 'status', class: 'search-status' });
	readonly #list = el('ul', { class: 'search-list', 'aria-label': 'Search results' });
	readonly #more = el('p', { class: 'search-more' });

	constructor(session: SearchSession, region: HTMLElement) {
		this.region = region;
		region.id ||= 'search-page-results';
		region.append(this.#status, this.#list, this.#more);
		session.input.setAttribute('aria-controls', region.id);
	}

	ready(): void {}

	failed(): void {}

	/** The page's address follows its query, so reloading or sharing it keeps the results. */
	query(query: string): void {
		history.replaceState(history.state, '', `${location.pathname}?${new URLSearchParams({ q: query })}`);
	}

	show({ data, status, more }: Shown): void {
		this.#list.replaceChildren(...data.map(renderItem));
		this.#status.textContent = status;
		this.#more.replaceChildren(...more);
	}
}
