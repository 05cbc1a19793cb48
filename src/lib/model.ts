// The site's model: what pages use, derived from the content once. Pure (no astro:* and no node:* import), so the
// site (src/lib/site.ts), the build's Markdown plugin (src/integrations/code-links.ts), catalog/ and the unit tests
// all call the same functions, and a fact such as a code page's address is built in one place.
import type { z } from 'astro/zod';
import type { codeSchema } from '../schemas/code.ts';
import type { unregisteredSchema } from '../schemas/unregistered.ts';
import { anchorFor } from './anchor.ts';
import { classOf, codeTitle } from './code-names.ts';

/** A registered code's frontmatter, as its schema outputs it (defaults filled in). */
export type CodeData = z.output<ReturnType<typeof codeSchema>>;
/** An unregistered number's frontmatter, as its schema outputs it. */
export type UnregisteredData = z.output<ReturnType<typeof unregisteredSchema>>;

/** A code page's site path without the base, e.g. `404-not-found/`; never `404/`, which Astro writes as the error page. */
export function codePath(anchor: string): string {
	return `${anchor}/`;
}

/** The page path of an unregistered number: by number alone, so it stays put when a vendor is added. */
export function unregisteredPath(code: number): string {
	return `unregistered/${code}/`;
}

/** The anchor of one vendor's use, following the site's scheme: slug of "CODE Vendor", e.g. `499-nginx`. */
export function vendorAnchor(code: number, vendor: string): string {
	return anchorFor(code, vendor);
}

/** The folder of the short links, which redirect and are no pages of their own (the sitemap leaves them out). */
export const SHORT_LINK_FOLDER = 'codes';

/** The short link people can type for a number, e.g. `codes/404/`. */
export function shortLinkPath(code: number): string {
	return `${SHORT_LINK_FOLDER}/${code}/`;
}

/** A class's label wherever it is named, e.g. `4xx Client Error`. */
export function classLabel(id: string, phrase: string): string {
	return `${id} ${phrase}`;
}

/** What every page derives from a registered code's number and phrase. */
export interface CodeFacts {
	/** The page and index anchor, e.g. `404-not-found`. */
	anchor: string;
	/** `404 Not Found`. */
	title: string;
	/** The page's site path without the base, e.g. `404-not-found/`. */
	path: string;
	/** The link-preview image's site path, e.g. `og/404-not-found.png`. */
	ogImage: string;
}

/** The facts of a registered code, from its number and phrase alone (the Markdown plugin has no more). */
export function codeFacts(code: number, phrase: string): CodeFacts {
	const anchor = anchorFor(code, phrase);
	return { anchor, title: codeTitle(code, phrase), path: codePath(anchor), ogImage: `og/${anchor}.png` };
}

/** A code entry (Astro's or Node's) with its facts. */
export function toCode<E extends { data: CodeData }>(entry: E): E & CodeFacts {
	return { ...entry, ...codeFacts(entry.data.code, entry.data.phrase) };
}

/** Entries in numeric order of their code. */
export function byNumber<E extends { data: { code: number } }>(entries: readonly E[]): E[] {
	return [...entries].sort((a, b) => a.data.code - b.data.code);
}

/** A class entry with its anchor, label and codes. */
export function toClass<E extends { data: { class: string; phrase: string } }, C extends { data: { class: string } }>(
	entry: E,
	codes: readonly C[],
): E & { anchor: string; label: string; codes: C[] } {
	const { class: id, phrase } = entry.data;
	return { ...entry, anchor: anchorFor(id, phrase), label: classLabel(id, phrase), codes: codes.filter((c) => c.data.class === id) };
}

/** The codes that references name, in their order; a reference to no code is left out (the checks report it). */
export function resolveRefs<C>(refs: readonly { id: string }[], byId: ReadonlyMap<string, C>): C[] {
	return refs.flatMap((ref) => byId.get(ref.id) ?? []);
}

/** "Not when" lines with the code each names. */
export function resolveNotWhen<C>(notWhen: CodeData['notWhen'], byId: ReadonlyMap<string, C>): { code: C; why: string }[] {
	return notWhen.flatMap(({ code, why }) => {
		const other = byId.get(code.id);
		return other ? [{ code: other, why }] : [];
	});
}

/** One vendor's use of an unregistered number, with its anchor and its site path (e.g. `unregistered/499/#499-nginx`). */
export type VendorUse = UnregisteredData['uses'][number] & { anchor: string; path: string };

/** What pages derive from an unregistered number. */
export interface UnregisteredFacts<C> {
	/** The page and index anchor, e.g. `499-unregistered`. */
	anchor: string;
	/** `499 Client Closed Request`. */
	title: string;
	/** The page's site path without the base, e.g. `unregistered/499/`. */
	path: string;
	/** The link-preview image's site path, e.g. `og/unregistered-499.png`. */
	ogImage: string;
	uses: VendorUse[];
	instead: { code: C; when: string }[];
	/** The registered code with the same number, if any (451). */
	registeredTwin: C | undefined;
}

/** An unregistered entry with its facts, its references resolved against the registered codes by id. */
export function toUnregistered<E extends { data: UnregisteredData }, C>(
	entry: E,
	registered: ReadonlyMap<string, C>,
): E & UnregisteredFacts<C> {
	const { code, title, uses, instead, alsoRegistered } = entry.data;
	const path = unregisteredPath(code);
	return {
		...entry,
		anchor: anchorFor(code, 'unregistered'),
		title: codeTitle(code, title),
		path,
		ogImage: `og/unregistered-${code}.png`,
		uses: uses.map((use) => {
			const anchor = vendorAnchor(code, use.vendor);
			return { ...use, anchor, path: `${path}#${anchor}` };
		}),
		instead: instead.flatMap(({ code: ref, when }) => {
			const other = registered.get(ref.id);
			return other ? [{ code: other, when }] : [];
		}),
		registeredTwin: alsoRegistered ? registered.get(String(code)) : undefined,
	};
}

/** The names of a number's vendors, e.g. `nginx, Cloudflare, Esri ArcGIS`. */
export function vendorNames(entry: { uses: readonly { vendor: string }[] }): string {
	return entry.uses.map((u) => u.vendor).join(', ');
}

/** A short link: the typed path, the page it leads to, and what the stub page calls it. */
export interface ShortLink {
	code: number;
	/** e.g. `codes/404/`. */
	from: string;
	/** e.g. `404-not-found/`. */
	to: string;
	title: string;
}

/** Every short link: each registered code, and each unregistered number that is not also registered (451 keeps the registered code's). */
export function shortLinks(
	codes: readonly (CodeFacts & { data: { code: number } })[],
	unregistered: readonly { path: string; title: string; data: { code: number; alsoRegistered: boolean } }[],
): ShortLink[] {
	return [
		...codes.map((c) => ({ code: c.data.code, from: shortLinkPath(c.data.code), to: c.path, title: c.title })),
		...unregistered
			.filter((u) => !u.data.alsoRegistered)
			.map((u) => ({ code: u.data.code, from: shortLinkPath(u.data.code), to: u.path, title: `${u.title} (unregistered)` })),
	];
}

/** The class of a number, re-exported so the model is the one place pages derive from. */
export { classOf };
