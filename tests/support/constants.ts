// The framework-constants copy in data/, read plainly (not through the site's loader), so the tests hold the
// pages to the file rather than to the code that renders it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One row of data/framework-constants.tsv: each column by its header name. */
export type ConstantsRow = Record<string, string>;

const [header, ...lines] = readFileSync(join(import.meta.dirname, '..', '..', 'data', 'framework-constants.tsv'), 'utf8')
	.trimEnd()
	.split('\n');
const columns = header!.split('\t');

/** Every row of the data copy, keyed by code. */
export const constantRows = new Map<number, ConstantsRow>(
	lines.map((line) => {
		const cells = line.split('\t');
		return [Number(cells[0]), Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? '']))];
	}),
);

/** The other names a row's notes give one ecosystem: "also X", and names an older branch had ("6.2.x only: X"). */
export function otherNames(row: ConstantsRow, ecosystem: string): string[] {
	const pattern = new RegExp(`(?:^|; )${ecosystem}(?: [\\d.]+x only)?: (?:also )?([^\\s;]+)`, 'g');
	return [...row.notes!.matchAll(pattern)].map((m) => m[1]!).filter((name) => name !== row[ecosystem] && !name.endsWith('.errmsg'));
}
