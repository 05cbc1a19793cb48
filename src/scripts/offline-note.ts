// On the not-found page. The service worker answers an address it has no copy of with this page when the
// network fails, with the status the page was cached with (200); a host answers a miss with 404. So a 200
// here, at any address but the page's own, means the network could not be reached: the page says so rather
// than claiming the page does not exist. navigator.onLine covers the browsers that know they are offline.
const note = document.querySelector<HTMLElement>('.offline-note');
const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
const servedOffline = navigation?.responseStatus === 200 && !location.pathname.endsWith('/404.html');
const show = () => {
	if (note) note.hidden = navigator.onLine && !servedOffline;
};
show();
addEventListener('online', show);
addEventListener('offline', show);
