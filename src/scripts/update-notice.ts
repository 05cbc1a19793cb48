// Loaded by the page loader only while a service worker installs or waits. A new build installs in the
// background and waits: the reader keeps the build they are reading until they choose to reload, so two
// builds never mix. The first install (no worker controls the page yet) needs no notice.

/** Shows the notice once a new worker waits while an older one controls the page. */
export function watch(registration: ServiceWorkerRegistration): void {
	const check = () => {
		if (registration.waiting && navigator.serviceWorker.controller) notify(registration.waiting);
	};
	check();
	registration.installing?.addEventListener('statechange', check);
}

/**
 * Shows "A newer version of this reference is ready" with a Reload button, in a polite live region in the
 * footer; Reload lets the waiting worker take over and reloads once it has. Nothing reloads by itself.
 */
function notify(worker: ServiceWorker): void {
	if (document.querySelector('.update-notice')) return;
	const notice = document.createElement('div');
	notice.className = 'update-notice';
	notice.setAttribute('role', 'status');
	// The live region is in the page before its words arrive, so screen readers announce them.
	(document.querySelector('.site-footer') ?? document.body).append(notice);
	const button = (label: string, onclick: () => void) => {
		const b = document.createElement('button');
		b.type = 'button';
		b.textContent = label;
		b.onclick = onclick;
		return b;
	};
	const reload = button('Reload', () => {
		navigator.serviceWorker.addEventListener('controllerchange', () => location.reload());
		worker.postMessage({ type: 'SKIP_WAITING' });
	});
	const later = button('Not now', () => notice.remove());
	requestAnimationFrame(() => notice.append('A newer version of this reference is ready. ', reload, ' ', later));
}
