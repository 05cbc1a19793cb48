// Reads links and ids out of built HTML, for the dead-link crawl.

/** Decodes the few entities Astro writes into attribute values. */
function decode(value: string): string {
	return value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Every place a page sends the user: link hrefs and form actions. */
export function hrefsOf(html: string): string[] {
	return [...html.matchAll(/<(?:a\b[^>]*?\shref|form\b[^>]*?\saction)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Every element id in a page. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}
