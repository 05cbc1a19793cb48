// The unregistered numbers as the tests and the bench see them: the content files (content/unregistered/) and the fact
// sheet they are held to (data/unofficial-codes.tsv). A new file or row gets its tests with no test edit.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readCodes, readUnregistered } from '../src/lib/content-files.ts';
import { byNumber, toUnregistered, type VendorUse } from '../src/lib/model.ts';

const ROOT = join(import.meta.dirname, '..');

/** One vendor's use as its content file gives it, with its anchor on the page (e.g. `499-nginx`) and its path. */
export type TestVendorUse = VendorUse;

/** One unregistered number as the tests use it. */
export interface TestUnregistered {
	code: number;
	/** The short name the file gives, e.g. `Client Closed Request`. */
	title: string;
	summary: string;
	alsoRegistered: boolean;
	uses: TestVendorUse[];
	instead: { code: string; when: string }[];
	/** The page and index anchor, e.g. `499-unregistered`. */
	anchor: string;
	/** The page path under the site's base, e.g. `unregistered/499/`. */
	path: string;
	body: string;
}

const registered = new Map(readCodes().map((c) => [String(c.data.code), String(c.data.code)]));

/** Every file in content/unregistered/, read through the site's schema and model, sorted numerically. */
export const unregistered: TestUnregistered[] = byNumber(readUnregistered().map((entry) => toUnregistered(entry, registered))).map(
	({ data, body, anchor, path, uses, instead }) => ({
		...data,
		uses,
		instead: instead.map(({ code, when }) => ({ code, when })),
		anchor,
		path,
		body,
	}),
);

/** One row of data/unofficial-codes.tsv. */
export interface FactRow {
	code: number;
	phrase: string;
	vendor: string;
	meaning: string;
	seenBy: string;
	sources: string[];
	quote: string;
	status: 'current' | 'historical';
}

/** Every row of the fact sheet, in file order. */
export const factRows: FactRow[] = readFileSync(join(ROOT, 'data', 'unofficial-codes.tsv'), 'utf8')
	.trimEnd()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [code, phrase, vendor, meaning, seenBy, source, quote, status] = line.split('\t');
		return {
			code: Number(code),
			phrase: phrase!,
			vendor: vendor!,
			meaning: meaning!,
			seenBy: seenBy!,
			sources: source!.split(' ; '),
			quote: quote!,
			status: status as FactRow['status'],
		};
	});

/** How the fact sheet names a content entry's vendor: "Vendor (Product)", or "Vendor (historical)" for a retired use without a product. */
export function factVendorNames(use: Pick<TestVendorUse, 'vendor' | 'product'>): string[] {
	return [use.product ? `${use.vendor} (${use.product})` : use.vendor, `${use.vendor} (historical)`];
}

/** The content entry and vendor use a fact-sheet row belongs to, if any. */
export function useFor(row: FactRow): { page: TestUnregistered; use: TestVendorUse } | undefined {
	const page = unregistered.find((p) => p.code === row.code);
	const use = page?.uses.find((u) => factVendorNames(u).includes(row.vendor));
	return page && use ? { page, use } : undefined;
}
