// The /offline/ page: says whether this browser keeps the offline copy, and turns it off (unregisters the
// service worker and deletes its caches) or back on. The choice is kept in localStorage, which the page
// loader reads before it registers the worker.
import { withBase } from '../lib/base';

const status = document.querySelector<HTMLElement>('.offline-status');
const remove = document.querySelector<HTMLButtonElement>('.offline-remove');
const keep = document.querySelector<HTMLButtonElement>('.offline-keep');
const sw = navigator.serviceWorker;
/** The worker's scope: its caches end with it (Workbox appends the scope to each cache's name). */
const scope = new URL(withBase('/'), location.href).href;

/** Shows the state in words and the one button that changes it. */
function show(kept: boolean, said: string): void {
	if (!status || !remove || !keep) return;
	status.textContent = said;
	remove.hidden = !kept;
	keep.hidden = kept;
}

/** Unregisters the worker of this site's scope and deletes its caches; the choice holds on later visits. */
async function removeCopy(): Promise<void> {
	localStorage['offline'] = 'off';
	const registration = await sw.getRegistration(scope);
	await registration?.unregister();
	const names = await caches.keys();
	await Promise.all(names.filter((name) => name.endsWith(scope)).map((name) => caches.delete(name)));
	show(false, 'The offline copy is removed. Pages now come from the network, and none is kept until you turn it back on.');
}

/** Registers the worker again; it saves the whole site in the background. */
async function keepCopy(): Promise<void> {
	localStorage.removeItem('offline');
	await sw.register(withBase('sw.js'));
	await sw.ready;
	show(true, 'This browser keeps an offline copy of the reference.');
}

if (!sw || !status) {
	status?.replaceChildren('This browser cannot keep an offline copy: it has no service workers, or they are turned off.');
} else {
	remove?.addEventListener('click', () => void removeCopy());
	keep?.addEventListener('click', () => void keepCopy());
	void sw
		.getRegistration(scope)
		.then((registration) =>
			registration && !localStorage['offline']
				? show(true, 'This browser keeps an offline copy of the reference.')
				: show(false, 'This browser keeps no offline copy of the reference.'),
		);
}
