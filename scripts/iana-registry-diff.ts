// Compares the IANA HTTP Status Code Registry, as IANA publishes it in CSV, with the project's copy in
// data/iana-status-codes.tsv, and lists every difference: a code added or gone, a changed phrase or defining
// document, a temporary registration renewed, made permanent or expired. The weekly workflow
// (.github/workflows/iana-registry.yml) downloads the CSV and runs this file on it; nothing here touches the network.
//
//   node scripts/iana-registry-diff.ts <http-status-codes-1.csv> [data/iana-status-codes.tsv]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { expiryInStatus, REGISTRY_FILE } from '../src/lib/registration-expiry.ts';

/** Where IANA publishes the registry as CSV. */
export const REGISTRY_CSV_URL = 'https://www.iana.org/assignments/http-status-codes/http-status-codes-1.csv';

/** How a code stands in the registry. */
export type RegistryKind = 'registered' | 'temporary' | 'obsoleted' | 'unused';

/** One registered code, as either side describes it. */
export interface RegistryEntry {
	code: number;
	phrase: string;
	/** The defining document, e.g. "RFC 9110" or "draft-ietf-httpbis-resumable-upload-05". */
	document: string;
	/** The section, where the source names one. */
	section?: string | undefined;
	kind: RegistryKind;
	/** For a temporary registration, its expiry date (YYYY-MM-DD). */
	expires?: string | undefined;
}

/** "RFC9110" as the project writes it, "RFC 9110"; other documents (drafts) as they are. */
function documentName(id: string): string {
	return id.replace(/^RFC\s*(\d+)$/i, 'RFC $1');
}

/** The first reference of the registry's Reference column, e.g. "[RFC9110, Section 15.2.1]" or "[RFC2774][status-change-…]". */
function parseReference(reference: string): { document: string; section?: string | undefined } {
	const first = /^\s*\[([^\]]*)\]/.exec(reference)?.[1] ?? reference.trim();
	const [id = '', ...rest] = first.split(',');
	const section = /Section\s+([\d.]+)/i.exec(rest.join(','))?.[1];
	return { document: documentName(id.trim()), section };
}

/**
 * The registered codes of the registry's CSV (columns Value, Description, Reference). Unassigned ranges such as
 * "104-199" are left out; a Description's marker becomes the kind, as in "Not Extended (OBSOLETED)" and
 * "Upload Resumption Supported (TEMPORARY - registered 2024-11-13, …, expires 2026-11-13)".
 */
export function parseRegistryCsv(csv: string): RegistryEntry[] {
	const rows: Record<string, string>[] = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true });
	const entries: RegistryEntry[] = [];
	for (const row of rows) {
		const value = row['Value'] ?? '';
		const description = row['Description'] ?? '';
		if (!/^\d{3}$/.test(value) || description === 'Unassigned') continue;
		const marker = /^(.*?)\s*\((TEMPORARY|OBSOLETED)\b([^)]*)\)\s*$/.exec(description);
		const phrase = marker ? marker[1]! : description;
		const kind: RegistryKind =
			marker?.[2] === 'TEMPORARY'
				? 'temporary'
				: marker?.[2] === 'OBSOLETED'
					? 'obsoleted'
					: phrase === '(Unused)'
						? 'unused'
						: 'registered';
		const expires = kind === 'temporary' ? /expires\s+(\d{4}-\d{2}-\d{2})/.exec(marker![3]!)?.[1] : undefined;
		entries.push({ code: Number(value), phrase, ...parseReference(row['Reference'] ?? ''), kind, expires });
	}
	return entries;
}

/** The registered codes of the project's copy, data/iana-status-codes.tsv (tab separated, with a header line). */
export function parseRegistryCopy(tsv: string): RegistryEntry[] {
	const [header = '', ...lines] = tsv.trimEnd().split('\n');
	const columns = header.split('\t');
	const at = (name: string) => {
		const i = columns.indexOf(name);
		if (i < 0) throw new Error(`${REGISTRY_FILE}: the header lacks the column "${name}".`);
		return i;
	};
	const [code, phrase, spec, section, status] = ['code', 'reason_phrase', 'spec', 'section', 'registry_status'].map(at) as [
		number,
		number,
		number,
		number,
		number,
	];
	return lines.map((line) => {
		const cells = line.split('\t');
		const state = cells[status] ?? '';
		const kind: RegistryKind = state.startsWith('temporary')
			? 'temporary'
			: state.startsWith('obsoleted')
				? 'obsoleted'
				: state.startsWith('unused')
					? 'unused'
					: 'registered';
		return {
			code: Number(cells[code]),
			phrase: cells[phrase] ?? '',
			document: cells[spec] ?? '',
			section: cells[section] || undefined,
			kind,
			expires: expiryInStatus(state),
		};
	});
}

/** How a kind reads in a difference, e.g. "temporary until 2026-11-13". */
function standing(entry: RegistryEntry): string {
	return entry.kind === 'temporary' ? `temporary until ${entry.expires ?? '(no date)'}` : entry.kind;
}

/** Every difference between the registry and the copy, one line each, in code order; empty when they agree. */
export function diffRegistry(registry: readonly RegistryEntry[], copy: readonly RegistryEntry[]): string[] {
	const theirs = new Map(registry.map((e) => [e.code, e]));
	const ours = new Map(copy.map((e) => [e.code, e]));
	const codes = [...new Set([...theirs.keys(), ...ours.keys()])].sort((a, b) => a - b);
	const differences: string[] = [];
	for (const code of codes) {
		const r = theirs.get(code);
		const c = ours.get(code);
		if (!c) {
			differences.push(`${code}: added to the registry as "${r!.phrase}" (${r!.document}, ${standing(r!)}); the copy lacks it.`);
			continue;
		}
		if (!r) {
			differences.push(`${code}: no longer in the registry; the copy still lists "${c.phrase}" (${standing(c)}).`);
			continue;
		}
		if (r.phrase !== c.phrase) differences.push(`${code}: the registry's phrase is "${r.phrase}"; the copy says "${c.phrase}".`);
		if (r.document !== c.document) differences.push(`${code}: the registry cites ${r.document}; the copy says ${c.document}.`);
		// The copy names a section where the registry cites a whole document (102, 451): compare only where both do.
		else if (r.section && r.section !== c.section)
			differences.push(`${code}: the registry cites section ${r.section}; the copy says ${c.section ?? 'no section'}.`);
		if (standing(r) !== standing(c)) differences.push(`${code}: the registry lists it as ${standing(r)}; the copy says ${standing(c)}.`);
	}
	return differences;
}

/** Runs the comparison on two files; the lines to print and the exit code (1 when they differ). */
export function compareFiles(csvPath: string, copyPath = REGISTRY_FILE): { lines: string[]; exitCode: number } {
	const differences = diffRegistry(parseRegistryCsv(readFileSync(csvPath, 'utf8')), parseRegistryCopy(readFileSync(copyPath, 'utf8')));
	if (differences.length === 0) return { lines: [`${copyPath} agrees with the registry (${csvPath}).`], exitCode: 0 };
	return {
		lines: [
			`${copyPath} differs from the IANA registry (${REGISTRY_CSV_URL}) in ${differences.length} place(s):`,
			...differences.map((d) => `  ${d}`),
			`Update ${copyPath} (and the code pages it governs) from the registry, and say when in data/README.md.`,
		],
		exitCode: 1,
	};
}

if (process.argv[1] && resolve(process.argv[1]) === import.meta.filename) {
	const [csvPath, copyPath] = process.argv.slice(2);
	if (!csvPath) {
		console.error('Usage: node scripts/iana-registry-diff.ts <http-status-codes-1.csv> [data/iana-status-codes.tsv]');
		process.exit(2);
	}
	const { lines, exitCode } = compareFiles(csvPath, copyPath);
	(exitCode === 0 ? console.log : console.error)(lines.join('\n'));
	process.exit(exitCode);
}
