// Loaded by the page loader once a service worker is active. A new build installs in the background and
// waits: the reader keeps the build they are reading until they choose to reload, so two builds never mix.

/** Shows the notice once a new worker waits beside the one that controls the page: now, or when one installs. */
export function watch(registration: ServiceWorkerRegistration): void {
	const check = () => {
		if (registration.waiting && navigator.serviceWorker.controller) notify(registration.waiting);
	};
	const follow = () => registration.installing?.addEventListener('statechange', check);
	check();
	follow();
	registration.addEventListener('updatefound', follow);
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
