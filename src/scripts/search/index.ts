// The search UI, loaded by the page loader on the first interaction with the search field. It defines the
// header's <site-search> element: one search session (session.ts) and the view that shows it on this page, the
// header's combobox (combobox.ts) or, on /search/, the list in the page's <search-results> (page-list.ts).
// Each view looks things up inside its own element; a new view is one more file and one more line here.
import { Combobox } from './combobox';
import { PageList } from './page-list';
import type { Pagefind } from './pagefind-types';
import { SearchSession } from './session';

/** The header's search: the field, the form and the results panel, scoped to this element. */
class SiteSearch extends HTMLElement {
	#session: SearchSession | undefined;

	/** Starts the session and its view, given Pagefind's module when the loader could fetch it. Never throws. */
	async start(pagefind?: Pagefind): Promise<void> {
		if (this.#session) return this.#session.connect(pagefind);
		const input = this.querySelector('input');
		const panel = this.querySelector<HTMLElement>('.search-results');
		if (!input?.form || !panel) return;
		const session = (this.#session = new SearchSession(input, input.form));
		// The search page lists the results in its body, and the header has no popup there.
		const page = document.querySelector<HTMLElement>('search-results');
		session.subscribe(page ? new PageList(session, page) : new Combobox(session, this, panel));
		await session.connect(pagefind);
	}
}

customElements.define('site-search', SiteSearch);

/** Wires the search UI to the header's search field: the loader's one entry point. */
export function attach(input: HTMLInputElement, pagefind?: Pagefind): Promise<void> | undefined {
	return input.closest<SiteSearch>('site-search')?.start(pagefind);
}
