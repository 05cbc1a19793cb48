// The only script every page loads: it waits for the user to start a search, then fetches the search UI
// (src/scripts/search/) and Pagefind, and it wires "Copy link", whose few lines load on the first click.
// It also registers the service worker that keeps the site offline (src/integrations/service-worker.ts).
// Kept tiny on purpose (600 B gzip, held by npm run bench); the page reads fully without it.
import copyLinkUrl from 'virtual:copy-link-url';
import searchUiUrl from 'virtual:search-ui-url';
import updateNoticeUrl from 'virtual:update-notice-url';

type Loaded<T> = { value?: T };

// Plain identifiers in import(): a template literal there would make Vite wrap it in its preload helper.
// This repeats withBase() on purpose: importing lib/base here splits it into a chunk of its own, one more
// request before any interaction.
// astro.config.mjs gives the base its trailing slash, so this folds to one string at build time.
const pagefindUrl = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

const input = document.querySelector<HTMLInputElement>('site-search input');
// The search's state for CSS (src/styles/global.css): present once this script runs (the `/` hint shows, the
// search page's "needs JavaScript" note hides), then "loading" and, if a file cannot be fetched, "failed".
const state = document.body.dataset;

// "Copy link" on a code page: the copying itself loads on the first click, while the click still counts as
// the user's gesture that the clipboard asks for.
// The button copies the address of the link beside it, the no-JavaScript fallback (src/components/CopyLink.astro).
const copyButton = document.querySelector<HTMLButtonElement>('copy-link button');
if (copyButton)
	copyButton.onclick = () =>
		void (import(/* @vite-ignore */ copyLinkUrl) as Promise<typeof import('./copy-link')>).then((m) =>
			m.copy(copyButton.nextElementSibling as HTMLAnchorElement),
		);

if (input) {
	state['search'] = '';
	let loading: unknown;
	// The UI and Pagefind's own script load side by side: one round trip, not two in a row. Neither failure
	// throws: without the UI the page shows its "could not load" note; without Pagefind the UI shows it.
	const load = () => {
		if (loading) return;
		state['search'] = 'loading';
		loading = Promise.allSettled([import(/* @vite-ignore */ searchUiUrl), import(/* @vite-ignore */ pagefindUrl)]).then(
			([ui, pagefind]) => {
				if (!(ui as Loaded<typeof import('./search/index')>).value?.attach(input, (pagefind as Loaded<never>).value))
					state['search'] = 'failed';
			},
		);
	};
	input.onfocus = input.oninput = load;
	document.onkeydown = (event) => {
		// Not while typing in a field (the site has no contenteditable element).
		if (
			event.key === '/' &&
			!event.ctrlKey &&
			!event.metaKey &&
			!event.altKey &&
			!/^(INPUT|TEXTAREA|SELECT)$/.test((event.target as Element).tagName)
		) {
			event.preventDefault();
			input.focus();
		}
	};
	// /search/?q=… (the form's no-JavaScript target) runs the query it was given.
	const query = new URLSearchParams(location.search).get('q');
	if (query && !input.value) input.value = query;
	if (input.value) load();
}

// The offline copy: the service worker registers three seconds after the page has loaded, never before the
// first paint, and not while a reader who came to search is loading the search: the copy's download would
// compete with it. A new build installs in the background as one set and waits; update-notice.ts, which offers
// to reload, loads only when a worker already serves the page and a new build is found, so never on a first
// visit, nor on a visit with nothing new. /offline/ turns the copy off through localStorage. The rejection handler keeps a host that
// cannot serve sw.js from logging an error.
onload = () =>
	setTimeout(() => {
		if (!localStorage['offline'])
			navigator.serviceWorker?.register(`${import.meta.env.BASE_URL}sw.js`).then((registration) => {
				const notice = () =>
					(import(/* @vite-ignore */ updateNoticeUrl) as Promise<typeof import('./update-notice')>).then((m) => m.watch(registration));
				// The browser may have found the new build itself, on the navigation, before this runs.
				// Undefined where the browser blocks service workers (Playwright does, outside the offline tests).
				if (registration?.active) {
					if (registration.installing || registration.waiting) notice();
					else registration.onupdatefound = notice;
				}
			}, Boolean);
	}, 3e3);
