import { readFileSync } from 'node:fs';
import { contentError } from './content-error.ts';
import { ECOSYSTEMS, isEcosystemId, type Ecosystem, type EcosystemId } from './ecosystems.ts';
import { parseNotes, type Note } from './constant-notes.ts';

/** The data copy, relative to the project root (where `astro build` runs), as data/README.md describes it. */
export const CONSTANTS_FILE = 'data/framework-constants.tsv';
/** Every name's first released version, derived from release tags by data/framework-constants.versions.py. */
export const VERSIONS_FILE = 'data/framework-constants.versions.tsv';
/** Each column's released version and baseline, written by the same script. */
export const COLUMNS_FILE = 'data/framework-constants.columns.tsv';

const COLUMNS = ['code', 'registered', 'iana_reason', ...ECOSYSTEMS.map((e) => e.id), 'notes'] as const;

/** One row of the data copy: the name each ecosystem gives one code, and what the notes say about it. */
export interface ConstantsRow {
	code: number;
	registered: boolean;
	/** The IANA reason phrase; empty for codes the registry lacks. */
	reason: string;
	/** The cell of each ecosystem; undefined where it has no name for the code. */
	names: Partial<Record<EcosystemId, string>>;
	/** Every note, attributed to its ecosystem. */
	notes: Note[];
}

/** Parses the data copy; any malformed row stops the build, naming the file, the line and the column. */
export function parseConstants(text: string, file = CONSTANTS_FILE): Map<number, ConstantsRow> {
	const lines = text.replace(/\n$/, '').split('\n');
	const header = lines[0]?.split('\t') ?? [];
	if (header.join('\t') !== COLUMNS.join('\t')) {
		throw contentError(
			file,
			'line 1',
			`has the columns "${header.join(', ')}".`,
			`Keep the columns ${COLUMNS.join(', ')} in that order, tab separated (data/README.md says how the file is made).`,
		);
	}
	const rows = new Map<number, ConstantsRow>();
	lines.slice(1).forEach((line, i) => {
		const at = `line ${i + 2}`;
		const cells = line.split('\t');
		if (cells.length !== COLUMNS.length) {
			throw contentError(
				file,
				at,
				`has ${cells.length} tab-separated cells instead of ${COLUMNS.length}.`,
				'Give every row one cell per column; leave a cell empty where a framework has no name.',
			);
		}
		const cell = (column: (typeof COLUMNS)[number]) => cells[COLUMNS.indexOf(column)]!;
		const code = Number(cell('code'));
		if (!/^[1-5]\d\d$/.test(cell('code')))
			throw contentError(
				file,
				`${at}, column code`,
				`is "${cell('code')}", not a status code.`,
				'Write a three-digit code from 100 to 599.',
			);
		if (rows.has(code)) throw contentError(file, `${at}, column code`, `repeats ${code}.`, 'Keep one row per code.');
		const registered = cell('registered');
		if (registered !== 'yes' && registered !== 'no')
			throw contentError(file, `${at}, column registered`, `is "${registered}".`, 'Write yes or no.');
		const reason = cell('iana_reason');
		if ((registered === 'yes') !== (reason !== ''))
			throw contentError(
				file,
				`${at}, column iana_reason`,
				registered === 'yes' ? 'is empty for a registered code.' : `is "${reason}" for a code the registry lacks.`,
				'Copy the phrase from data/iana-status-codes.tsv for registered codes; leave it empty otherwise.',
			);
		const names: ConstantsRow['names'] = {};
		for (const ecosystem of ECOSYSTEMS) {
			const name = cell(ecosystem.id);
			if (name === '') continue;
			if (
				!ecosystem.pattern.test(name) ||
				(ecosystem.id === 'aspnetcore' && !name.startsWith(`StatusCodes.Status${code}`)) ||
				(name.startsWith('status.HTTP_') && !name.startsWith(`status.HTTP_${code}_`))
			) {
				throw contentError(
					file,
					`${at}, column ${ecosystem.id}`,
					`is "${name}", which is not a ${ecosystem.label} name for ${code}.`,
					`Write the name as the framework spells it, e.g. ${ecosystem.example}.`,
				);
			}
			names[ecosystem.id] = name;
		}
		const notes = parseNotes(cell('notes'), (problem) =>
			contentError(
				file,
				`${at}, column notes`,
				problem,
				'Write each note in one of the forms framework-constants.build.py produces (see data/framework-constants.md).',
			),
		);
		if (notes.some((n) => n.kind === 'unregistered') !== (registered === 'no')) {
			throw contentError(
				file,
				`${at}, column notes`,
				`and column registered disagree on whether ${code} is in the IANA registry.`,
				'Say "not in the IANA registry" exactly for the rows with registered=no.',
			);
		}
		rows.set(code, { code, registered: registered === 'yes', reason, names, notes });
	});
	return rows;
}

/** One name's first release, as data/framework-constants.versions.tsv records it with its provenance. */
export interface NameVersion {
	ecosystem: EcosystemId;
	code: number;
	name: string;
	/** The first release that has the name, e.g. "3.1.0"; empty when only pre-release tags have it. */
	firstRelease: string;
	/** The tag (or pull request) it was read from. */
	firstTag: string;
	/** The newest release tag that has it; empty for pre-release names and pull-request records. */
	lastTag: string;
}

/** One column's provenance: the released version its names are read from, and the baseline readers are assumed to run. */
export interface ColumnVersion {
	ecosystem: EcosystemId;
	/** The release line shown beside the label, e.g. "6.1". */
	version: string;
	/** The release tag, package or commit the names were read from. */
	readFrom: string;
	/** Names newer than this release line get a "since" note; empty where first versions are not derived. */
	baseline: string;
	/** How first versions were found: from release tags, from merged pull requests, or not at all. */
	firstVersions: 'tags' | 'pull-requests' | 'none';
}

/** The release line of a version: "3.1" for "3.1.0". */
export function releaseLine(version: string): string {
	return version.split('.').slice(0, 2).join('.');
}

/** Compares two dotted versions numerically. */
export function compareVersions(a: string, b: string): number {
	const pa = a.split('.').map(Number);
	const pb = b.split('.').map(Number);
	for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
		const d = (pa[i] ?? 0) - (pb[i] ?? 0);
		if (d) return d;
	}
	return 0;
}

/** Reads a tab-separated file with a header line into records, stopping the build on a wrong header or cell count. */
function readTable<K extends string>(text: string, file: string, columns: readonly K[]): Record<K, string>[] {
	const [head = '', ...lines] = text.replace(/\n$/, '').split('\n');
	if (head !== columns.join('\t'))
		throw contentError(
			file,
			'line 1',
			`has the columns "${head.split('\t').join(', ')}".`,
			`Keep the columns ${columns.join(', ')}; data/README.md says how the file is made.`,
		);
	return lines.map((line, i) => {
		const cells = line.split('\t');
		if (cells.length !== columns.length)
			throw contentError(
				file,
				`line ${i + 2}`,
				`has ${cells.length} cells instead of ${columns.length}.`,
				'Rebuild it with data/framework-constants.versions.py.',
			);
		return Object.fromEntries(columns.map((c, j) => [c, cells[j]!])) as Record<K, string>;
	});
}

/** Parses data/framework-constants.versions.tsv. */
export function parseVersions(text: string, file = VERSIONS_FILE): NameVersion[] {
	return readTable(text, file, ['ecosystem', 'code', 'name', 'first_release', 'first_tag', 'last_tag', 'repo', 'path'] as const).map(
		(r, i) => {
			if (!isEcosystemId(r.ecosystem))
				throw contentError(
					file,
					`line ${i + 2}`,
					`names the ecosystem "${r.ecosystem}".`,
					'Use a column id of data/framework-constants.tsv.',
				);
			return {
				ecosystem: r.ecosystem,
				code: Number(r.code),
				name: r.name,
				firstRelease: r.first_release,
				firstTag: r.first_tag,
				lastTag: r.last_tag,
			};
		},
	);
}

/** Parses data/framework-constants.columns.tsv, one row per ecosystem in the table's column order. */
export function parseColumns(text: string, file = COLUMNS_FILE): Map<EcosystemId, ColumnVersion> {
	const rows = readTable(text, file, [
		'ecosystem',
		'version',
		'read_from',
		'baseline',
		'baseline_why',
		'first_versions',
		'repo',
		'path',
	] as const);
	if (rows.map((r) => r.ecosystem).join() !== ECOSYSTEMS.map((e) => e.id).join())
		throw contentError(
			file,
			'column ecosystem',
			'does not list the ecosystems in the order of data/framework-constants.tsv.',
			'Rebuild it with data/framework-constants.versions.py.',
		);
	return new Map(
		rows.map((r) => {
			const firstVersions = r.first_versions;
			if (firstVersions !== 'tags' && firstVersions !== 'pull-requests' && firstVersions !== 'none')
				throw contentError(file, `row ${r.ecosystem}`, `has first_versions "${firstVersions}".`, 'Write tags, pull-requests or none.');
			const id = r.ecosystem as EcosystemId;
			return [id, { ecosystem: id, version: r.version, readFrom: r.read_from, baseline: r.baseline, firstVersions }];
		}),
	);
}

/**
 * The notes the release tags give a row: "since" for a cell newer than its column's baseline (with the older names
 * that both the baseline and the column's release have), and "unreleased" for a name only pre-release tags have. A cell with no first release stops the build.
 */
export function versionNotes(
	row: Pick<ConstantsRow, 'code' | 'names' | 'notes'>,
	versions: NameVersion[],
	columns: Map<EcosystemId, ColumnVersion>,
): Note[] {
	const notes: Note[] = [];
	for (const [ecosystem, column] of columns) {
		if (column.firstVersions === 'none') continue;
		const known = versions.filter((v) => v.ecosystem === ecosystem && v.code === row.code);
		const cell = row.names[ecosystem];
		const own = cell === undefined ? undefined : known.find((v) => v.name === cell);
		if (cell !== undefined && column.firstVersions === 'tags' && !own?.firstRelease)
			throw contentError(
				CONSTANTS_FILE,
				`code ${row.code}, column ${ecosystem}`,
				`is ${cell}, which ${VERSIONS_FILE} has in no release.`,
				'Run data/framework-constants.versions.py --table (see data/README.md).',
			);
		if (own?.firstRelease && compareVersions(releaseLine(own.firstRelease), column.baseline) > 0) {
			// Older names the baseline has and the column's own release still has: a name a later release dropped may have
			// meant something else (Spring 6.2's 421 DESTINATION_LOCKED), and code written with it would not compile on the
			// release shown.
			let instead = known
				.filter((v) => v !== own && v.firstRelease !== '' && compareVersions(releaseLine(v.firstRelease), column.baseline) <= 0)
				.filter((v) => v.lastTag === column.readFrom)
				.map((v) => v.name);
			// Pull-request records list only the newer names: the row's other names are the older ones.
			if (column.firstVersions === 'pull-requests')
				instead = row.notes.flatMap((n) =>
					n.kind === 'also' && n.ecosystem === ecosystem && !known.some((v) => v.name === n.name) ? [n.name] : [],
				);
			notes.push({ kind: 'since', ecosystem, name: own.name, version: releaseLine(own.firstRelease), instead });
		}
		for (const v of known) if (v.firstRelease === '') notes.push({ kind: 'unreleased', ecosystem, name: v.name, tag: v.firstTag });
	}
	return notes;
}

let cache: { rows: Map<number, ConstantsRow>; columns: Map<EcosystemId, ColumnVersion> } | undefined;

/** Reads and checks the data copy and its version files once per build; the rows carry the derived version notes. */
function load() {
	if (cache) return cache;
	const rows = parseConstants(readFileSync(CONSTANTS_FILE, 'utf8'));
	const versions = parseVersions(readFileSync(VERSIONS_FILE, 'utf8'));
	const columns = parseColumns(readFileSync(COLUMNS_FILE, 'utf8'));
	for (const row of rows.values()) row.notes.push(...versionNotes(row, versions, columns));
	cache = { rows, columns };
	return cache;
}

/** Every row of the data copy by code, with the notes derived from release tags. */
export function constantsByCode(): Map<number, ConstantsRow> {
	return load().rows;
}

/** Each column's released version and baseline, from data/framework-constants.columns.tsv. */
export function columnVersions(): Map<EcosystemId, ColumnVersion> {
	return load().columns;
}

/** The notes about one ecosystem's name for a row's code. */
export function notesFor(row: ConstantsRow, ecosystem: Ecosystem): Note[] {
	return row.notes.filter((n) => 'ecosystem' in n && n.ecosystem === ecosystem.id);
}
