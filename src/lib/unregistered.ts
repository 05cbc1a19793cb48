import { getCollection, type CollectionEntry } from 'astro:content';
import { anchorFor } from './anchor';
import { withBase } from './base';
import { getCodes, type Code } from './codes';
import { checkFileNameAndBody, contentError } from './content-error';

type Entry = CollectionEntry<'unregistered'>;
type Use = Entry['data']['uses'][number];

/** One vendor's use of an unregistered number, with its anchor on the page (e.g. `499-nginx`). */
export type VendorUse = Use & { anchor: string };
/** An unregistered number as the pages use it: its page address, anchor, vendor uses and the codes to send instead. */
export type Unregistered = Entry & {
	/** The page and index anchor, e.g. `499-unregistered`. */
	anchor: string;
	/** The page's site path without the base, e.g. `unregistered/499/`. */
	path: string;
	uses: VendorUse[];
	instead: { code: Code; when: string }[];
	/** The registered code with the same number, if any (451). */
	registeredTwin: Code | undefined;
};

/** The page path of an unregistered number: by number alone, so it stays put when a vendor is added. */
export function unregisteredPath(code: number): string {
	return `unregistered/${code}/`;
}

/** The anchor of one vendor's use, following the site's scheme: slug of "CODE Vendor", e.g. `499-nginx`. */
export function vendorAnchor(code: number, vendor: string): string {
	return anchorFor(code, vendor);
}

/** The full site path of a vendor's use, e.g. `/unregistered/499/#499-nginx`. */
export function vendorUseHref(code: number, vendor: string): string {
	return withBase(`${unregisteredPath(code)}#${vendorAnchor(code, vendor)}`);
}

/** Stops the build when a file clashes with its name, another file, the registry, or the codes it names. */
function check(entries: Entry[], registered: Map<string, Code>): void {
	const byCode = new Map<number, Entry>();
	for (const entry of entries) {
		const { code, alsoRegistered, uses, instead } = entry.data;
		const twin = byCode.get(code);
		if (twin) {
			throw contentError(
				entry.filePath,
				'code',
				`is ${code}, and so is ${twin.filePath}'s.`,
				`Keep one file per number, with one entry per vendor in \`uses\`: merge ${entry.filePath} into ${twin.filePath}.`,
			);
		}
		byCode.set(code, entry);
		checkFileNameAndBody(entry, code, 'Write what the number is and who uses it below the closing `---`.');
		const same = registered.get(String(code));
		if (same && !alsoRegistered) {
			throw contentError(
				entry.filePath,
				'code',
				`is ${code}, which is a registered code (${same.filePath}, ${code} ${same.data.phrase}).`,
				`Registered codes belong in content/codes/. Keep this file only for a vendor's other use of the number, and then say so with \`alsoRegistered: true\`.`,
			);
		}
		if (!same && alsoRegistered) {
			throw contentError(entry.filePath, 'alsoRegistered', `is true, but ${code} is not a registered code.`, 'Remove `alsoRegistered`.');
		}
		const anchors = new Map<string, string>();
		for (const use of uses) {
			const anchor = vendorAnchor(code, use.vendor);
			const other = anchors.get(anchor);
			if (other !== undefined) {
				throw contentError(
					entry.filePath,
					'uses',
					`names the vendor "${use.vendor}" twice (as "${other}" too): both would have the anchor #${anchor}.`,
					'Keep one entry per vendor; put a second product of the same vendor in `product`, or name the vendors apart.',
				);
			}
			anchors.set(anchor, use.vendor);
		}
		for (const { code: ref } of instead) {
			if (!registered.has(ref.id)) {
				throw contentError(
					entry.filePath,
					'instead',
					`names "${ref.id}", and no file content/codes/${ref.id}.mdx exists.`,
					`Name a registered code that has a page, e.g. code: "502".`,
				);
			}
		}
	}
}

/** Every unregistered number, validated against the registered codes and sorted numerically. */
export async function getUnregistered(): Promise<Unregistered[]> {
	const [entries, codes] = await Promise.all([getCollection('unregistered'), getCodes()]);
	const registered = new Map(codes.map((c) => [c.id, c]));
	check(entries, registered);
	return entries
		.map((entry) => ({
			...entry,
			anchor: anchorFor(entry.data.code, 'unregistered'),
			path: unregisteredPath(entry.data.code),
			uses: entry.data.uses.map((use) => ({ ...use, anchor: vendorAnchor(entry.data.code, use.vendor) })),
			instead: entry.data.instead.map(({ code, when }) => ({ code: registered.get(code.id)!, when })),
			registeredTwin: entry.data.alsoRegistered ? registered.get(String(entry.data.code)) : undefined,
		}))
		.sort((a, b) => a.data.code - b.data.code);
}

/** The names of a number's vendors, e.g. `nginx, Cloudflare, Esri ArcGIS`. */
export function vendorNames(entry: Unregistered): string {
	return entry.uses.map((u) => u.vendor).join(', ');
}
