import { slug } from 'github-slugger';

/**
 * The one anchor id for a code or class, e.g. `404-not-found` or `4xx-client-error`.
 * Uses github-slugger's stateless `slug()`, the algorithm Astro uses for heading ids.
 */
export function anchorFor(id: number | string, phrase: string): string {
	return slug(`${id} ${phrase}`);
}

/** The anchor plone.restapi's original glossary page used, e.g. `term-404-Not-Found`. */
export function legacyAnchorFor(id: number | string, phrase: string): string {
	return `term-${id}-${phrase.replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
}

/** The anchor id of a heading inside a page, e.g. `related-codes`. */
export function headingId(text: string): string {
	return slug(text);
}
