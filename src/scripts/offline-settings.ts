// The /offline/ page: says whether this browser keeps the offline copy, and turns it off (unregisters the
// service worker and deletes its caches) or back on. The choice is kept in localStorage, which the page
// loader reads before it registers the worker. One button whose label follows the state, so focus stays on it.
import { withBase } from '../lib/base';

const status = document.querySelector<HTMLElement>('.offline-status');
const button = document.querySelector<HTMLButtonElement>('.offline-toggle');
const sw = navigator.serviceWorker;
/** The worker's scope: its caches end with it (Workbox appends the scope to each cache's name). */
const scope = new URL(withBase('/'), location.href).href;
let kept = false;

/** Shows the state in words and what the button does about it. */
function show(keeps: boolean, said: string): void {
	kept = keeps;
	if (status) status.textContent = said;
	if (button) {
		button.textContent = keeps ? 'Remove the offline copy' : 'Keep an offline copy';
		button.hidden = false;
	}
}

/** Unregisters the worker of this site's scope and deletes its caches; the choice holds on later visits. */
async function removeCopy(): Promise<void> {
	localStorage['offline'] = 'off';
	await (await sw.getRegistration(scope))?.unregister();
	const names = await caches.keys();
	await Promise.all(names.filter((name) => name.endsWith(scope)).map((name) => caches.delete(name)));
	show(false, 'The offline copy is removed. Pages now come from the network, and none is kept until you turn it back on.');
}

/** Registers the worker again; it saves the whole site in the background. */
async function keepCopy(): Promise<void> {
	localStorage.removeItem('offline');
	if (status) status.textContent = 'Saving an offline copy of the reference…';
	await sw.register(withBase('sw.js'));
	await sw.ready;
	show(true, 'This browser keeps an offline copy of the reference.');
}

if (!sw) {
	status?.replaceChildren('This browser cannot keep an offline copy: it has no service workers, or they are turned off.');
} else {
	button?.addEventListener('click', () => void (kept ? removeCopy() : keepCopy()));
	void sw
		.getRegistration(scope)
		.then((registration) =>
			registration && !localStorage['offline']
				? show(true, 'This browser keeps an offline copy of the reference.')
				: show(false, 'This browser keeps no offline copy of the reference.'),
		);
}
