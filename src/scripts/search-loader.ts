// The only script every page loads: it waits for the user to start a search, then fetches the
// search UI and Pagefind. Kept tiny on purpose; the page reads fully without it.
import searchUiUrl, { pagefindUrl } from 'virtual:search-ui-url';

type Loaded<T> = { value?: T };

const input = document.getElementById('site-search-input') as HTMLInputElement | null;
// The search's state for CSS (src/styles/global.css): present once this script runs (the `/` hint shows, the
// search page's "needs JavaScript" note hides), then "loading" and, if a file cannot be fetched, "failed".
const state = document.body.dataset;

/** True when a key press belongs to a field the user is typing in. */
const isTyping = (target: Partial<HTMLElement>) => target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName!);

if (input) {
	state['search'] = '';
	let loading: unknown;
	// The UI and Pagefind's own script load side by side: one round trip, not two in a row. Neither failure
	// throws: without the UI the page shows its "could not load" note; without Pagefind the UI shows it.
	const load = () =>
		(loading ??= (state['search'] = 'loading') &&
			Promise.allSettled([import(/* @vite-ignore */ searchUiUrl), import(/* @vite-ignore */ pagefindUrl)]).then(
				([ui, pagefind]): unknown => (ui as Loaded<typeof import('./search-ui')>).value?.attach(input, (pagefind as Loaded<never>).value) ?? (state['search'] = 'failed'),
			));
	input.addEventListener('focus', load);
	input.addEventListener('input', load);
	document.addEventListener('keydown', (event) => {
		if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target as HTMLElement)) {
			event.preventDefault();
			input.focus();
		}
	});
	// /search/?q=… (the form's no-JavaScript target) runs the query it was given.
	const query = new URLSearchParams(location.search).get('q');
	if (query && !input.value) input.value = query;
	if (input.value) load();
}
