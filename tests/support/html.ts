// Reads built HTML as the tests need it: links and ids for the crawl, attribute values for the head checks.

/** Decodes the few entities Astro writes into attribute values. */
export function decode(value: string): string {
	return value
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
}

/** Every place a page sends the user: link hrefs and form actions. */
export function hrefsOf(html: string): string[] {
	return [...html.matchAll(/<(?:a\b[^>]*?\shref|form\b[^>]*?\saction)="([^"]*)"/g)].map((m) => decode(m[1]!));
}

/** Every element id in a page. */
export function idsOf(html: string): Set<string> {
	return new Set([...html.matchAll(/\sid="([^"]*)"/g)].map((m) => decode(m[1]!)));
}

/** The decoded first capture of `pattern` in a page, e.g. a meta tag's content. */
export function attributeOf(html: string, pattern: RegExp): string | undefined {
	const value = pattern.exec(html)?.[1];
	return value === undefined ? undefined : decode(value);
}

/** The page's Content-Security-Policy, from its meta tag. */
export function policyOf(html: string): string | undefined {
	return attributeOf(html, /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/);
}
