/** A section of a rendered page, as the index's class bar links to it. */
export interface SectionLink {
	/** The id to jump to: the section's own, else its heading's. */
	anchor: string;
	/** The heading's text, e.g. "4xx Client Error". */
	title: string;
	/** What a narrow screen shows: the class number ("4xx") where the title starts with one, else the title. */
	short: string;
}

const decode = (html: string) =>
	html
		.replace(/<[^>]*>/g, '')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ')
		.trim();

/** The sections in rendered HTML that carry an h2, in order: each `<section>` with its id (or its h2's) and title. */
export function sectionLinks(html: string): SectionLink[] {
	return html
		.split(/(?=<section\b)/)
		.filter((part) => part.startsWith('<section'))
		.flatMap((part) => {
			const open = /^<section\b[^>]*>/.exec(part)?.[0] ?? '';
			const heading = /<h2\b([^>]*)>([\s\S]*?)<\/h2>/.exec(part);
			if (!heading) return [];
			const anchor = /\bid="([^"]+)"/.exec(open)?.[1] ?? /\bid="([^"]+)"/.exec(heading[1] ?? '')?.[1];
			if (!anchor) return [];
			const title = decode(heading[2] ?? '');
			return [{ anchor, title, short: /^\dxx\b/.exec(title)?.[0] ?? title }];
		});
}
