// Loaded by the search loader on the first click of "Copy link": the loader stays a few bytes.

let clear: ReturnType<typeof setTimeout> | undefined;

/** Copies the link's address (the page's plain URL, no hash) and says in its live status that it did. */
export async function copy(link: HTMLAnchorElement): Promise<void> {
	const status = link.parentElement?.querySelector('[role="status"]');
	if (!status) return;
	clearTimeout(clear);
	// Emptied first so a second copy is announced again.
	status.textContent = '';
	try {
		await navigator.clipboard.writeText(link.href);
		status.textContent = 'Link copied';
	} catch {
		// The clipboard is blocked (an old browser, a denied permission): the address bar gets the plain
		// URL instead, to copy by hand.
		history.replaceState(history.state, '', link.href);
		status.textContent = 'Copy the link from the address bar';
	}
	clear = setTimeout(() => (status.textContent = ''), 6000);
}
