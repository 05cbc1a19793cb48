// The only script every page loads: it waits for the user to start a search, then fetches the
// search UI and Pagefind. Kept tiny on purpose; the page reads fully without it.
import copyLinkUrl from 'virtual:copy-link-url';
import searchUiUrl from 'virtual:search-ui-url';

// Plain identifiers in import(): a template literal there would make Vite wrap it in its preload helper.
// This repeats withBase() on purpose: importing lib/base here splits it into a chunk of its own, one more
// request before any interaction.
// astro.config.mjs gives the base its trailing slash, so this folds to one string at build time.
const pagefindUrl = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;

const input = document.getElementById('site-search-input');

/** True when a key press belongs to a field the user is typing in. */
function isTyping(target: EventTarget | null): boolean {
	return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

// "Copy link" on a code page: the copying itself loads on the first click, while the click still counts as
// the user's gesture that the clipboard asks for.
const copyLink = document.getElementById('copy-link');
if (copyLink) {
	copyLink.onclick = (event) => {
		event.preventDefault();
		void (import(/* @vite-ignore */ copyLinkUrl) as Promise<typeof import('./copy-link')>).then((m) => m.copy(copyLink as HTMLAnchorElement));
	};
}

// The search page says search needs JavaScript; with JavaScript running, that is not true.
document.getElementById('search-needs-js')?.remove();

if (input instanceof HTMLInputElement) {
	let loading: Promise<void> | undefined;
	// The UI and Pagefind's own script load side by side: one round trip, not two in a row.
	const load = () =>
		void (loading ??= Promise.all([
			import(/* @vite-ignore */ searchUiUrl) as Promise<typeof import('./search-ui')>,
			import(/* @vite-ignore */ pagefindUrl),
		]).then(([ui, pagefind]) => ui.attach(input, pagefind)));
	input.addEventListener('focus', load, { once: true });
	input.addEventListener('input', load, { once: true });
	document.addEventListener('keydown', (event) => {
		if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target)) {
			event.preventDefault();
			input.focus();
		}
	});
	// /search/?q=… (the form's no-JavaScript target) runs the query it was given.
	const query = new URLSearchParams(location.search).get('q');
	if (query && !input.value) input.value = query;
	if (input.value) load();
}
