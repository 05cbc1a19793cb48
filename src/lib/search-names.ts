import { ECOSYSTEMS } from './ecosystems.ts';
import { constantsByCode, type ConstantsRow } from './framework-constants.ts';

/**
 * What the search UI needs to find a pasted name whole (src/scripts/search/names.ts): each ecosystem's label and
 * its names with their codes, derived from data/framework-constants.tsv (never typed twice), and the vendors of
 * the unregistered codes, whose pages rank below the registry's unless a query names the vendor or the number.
 */
export interface SearchNames {
	/** One entry per ecosystem that names codes: its label and `[name, code]` pairs, cells first, then other names. */
	ecosystems: [label: string, names: [name: string, code: number][]][];
	/** Vendors, by the first word of their names, lower-cased: "cloudflare", "nginx", "aws". */
	vendors: string[];
	/**
	 * Phrases of two or more words, lower-cased, with their codes: the registry's reason phrases ("not found in
	 * django" holds 404's) and the unregistered numbers' titles ("client closed request" names 499 as surely as the number).
	 */
	phrases: [phrase: string, code: number][];
}

/** The names asset's content, from the data rows and the unregistered pages' vendors. */
export function searchNamesAsset(
	rows: Iterable<ConstantsRow> = constantsByCode().values(),
	vendors: readonly string[] = [],
	titles: readonly (readonly [title: string, code: number])[] = [],
): SearchNames {
	const list = [...rows];
	const ecosystems = ECOSYSTEMS.filter((e) => e.id !== 'node').map((ecosystem): SearchNames['ecosystems'][number] => {
		const seen = new Map<string, number>();
		for (const row of list) {
			const cell = row.names[ecosystem.id];
			if (cell && !seen.has(cell)) seen.set(cell, row.code);
		}
		// Other names (older, deprecated, aliases) follow the cells, so a cell wins where both spell a member alike.
		for (const row of list) {
			for (const note of row.notes) {
				if ('name' in note && note.ecosystem === ecosystem.id && !seen.has(note.name)) seen.set(note.name, row.code);
			}
		}
		return [ecosystem.label, [...seen]];
	});
	// A vendor's first word names it ("AWS Elastic Load Balancing"); its other words are often everyday ones ("load", "api").
	const words = vendors.map((vendor) => vendor.toLowerCase().split(/[^\p{L}\p{N}]+/u)[0]!).filter((w) => w.length > 2);
	const twoWords = /^[\w' -]+ [\w' -]+$/;
	const phrases = [
		...list.flatMap((row): [string, number][] =>
			row.registered && twoWords.test(row.reason) ? [[row.reason.toLowerCase(), row.code]] : [],
		),
		...titles.flatMap(([title, code]): [string, number][] => (twoWords.test(title) ? [[title.toLowerCase(), code]] : [])),
	];
	return { ecosystems: ecosystems.filter(([, names]) => names.length), vendors: [...new Set(words)].sort(), phrases };
}
