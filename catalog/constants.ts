// The framework-constants copy in data/, read plainly (not through the site's loader), so the tests hold the
// pages to the file rather than to the code that renders it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of data/framework-constants.tsv: each column by its header name. */
export type ConstantsRow = Record<string, string>;

/** A tab-separated file of data/ as records keyed by its header's names. */
function readTsv(file: string): Record<string, string>[] {
	const [header, ...lines] = readFileSync(join(import.meta.dirname, '..', 'data', file), 'utf8')
		.trimEnd()
		.split('\n');
	const columns = header!.split('\t');
	return lines.map((line) => {
		const cells = line.split('\t');
		return Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']));
	});
}

/** Every row of the data copy, keyed by code. */
export const constantRows = new Map<number, ConstantsRow>(readTsv('framework-constants.tsv').map((row) => [Number(row.code), row]));

/** Every name's first release and provenance (data/framework-constants.versions.tsv), as written. */
export const versionRows = readTsv('framework-constants.versions.tsv');

/** Each column's released version, source and baseline (data/framework-constants.columns.tsv), keyed by ecosystem. */
export const columnRows = new Map(readTsv('framework-constants.columns.tsv').map((row) => [row.ecosystem!, row]));

/**
 * The other names a row gives one ecosystem: in its notes "also X" and names an older branch had ("6.2.x only: X"),
 * and in the versions file the names only pre-release tags have.
 */
export function otherNames(row: ConstantsRow, ecosystem: string): string[] {
	const pattern = new RegExp(`(?:^|; )${ecosystem}(?: [\\d.]+x only)?: (?:also )?([^\\s;]+)`, 'g');
	const unreleased = versionRows
		.filter((v) => v.ecosystem === ecosystem && v.code === row.code && v.first_release === '')
		.map((v) => v.name!);
	return [...[...row.notes!.matchAll(pattern)].map((m) => m[1]!), ...unreleased].filter(
		(name) => name !== row[ecosystem] && !name.endsWith('.errmsg'),
	);
}
