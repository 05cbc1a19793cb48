// On the not-found page: the service worker serves it for any address it has no copy of when the network is
// down, so the page says when the reader is offline rather than claiming the page does not exist.
const note = document.querySelector<HTMLElement>('.offline-note');
const show = () => {
	if (note) note.hidden = navigator.onLine;
};
show();
addEventListener('online', show);
addEventListener('offline', show);
