// The links a reader can follow in an MDX description, read from its source. Written by hand: the bodies use
// inline Markdown links, and no Markdown parser is a dependency of the project (MDX parses at build time only).

/** A body without what is not prose: fenced code blocks and code spans, whose URLs are examples, not links. */
function withoutCode(markdown: string): string {
	return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, ' ').replace(/(`+)[\s\S]*?\1/g, ' ');
}

/**
 * The targets of the links in a Markdown or MDX body, in order: inline links `[text](target "title")`,
 * autolinks `<https://…>`, `href` attributes and bare `http(s)://` URLs (which GFM turns into links).
 */
export function markdownLinks(markdown: string): string[] {
	const found: { at: number; target: string }[] = [];
	let rest = withoutCode(markdown);
	const take = (pattern: RegExp) => {
		rest = rest.replace(pattern, (match: string, target: string, at: number) => {
			found.push({ at, target });
			// Blank the match out, keeping offsets, so a URL is not found again as a bare one.
			return ' '.repeat(match.length);
		});
	};
	take(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g);
	take(/<((?:https?|mailto):[^>\s]+)>/g);
	take(/\bhref=["']([^"']+)["']/g);
	take(/(https?:\/\/[^\s)<>"'\]]+[^\s)<>"'\].,;:!?])/g);
	return found.sort((a, b) => a.at - b.at).map((f) => f.target);
}

/** The host of an absolute http(s) link, or undefined for a link inside the site (`/404-not-found/`, `#id`). */
export function linkHost(target: string): string | undefined {
	if (!/^[a-z][a-z\d+.-]*:/i.test(target)) return undefined;
	const url = new URL(target);
	return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : url.protocol;
}
