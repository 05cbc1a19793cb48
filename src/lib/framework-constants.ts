import { readFileSync } from 'node:fs';
import { contentError } from './content-error.ts';
import { ECOSYSTEMS, type Ecosystem, type EcosystemId } from './ecosystems.ts';
import { parseNotes, type Note } from './constant-notes.ts';

/** The data copy, relative to the project root (where `astro build` runs), as data/README.md describes it. */
export const CONSTANTS_FILE = 'data/framework-constants.tsv';

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
			`Keep the columns ${COLUMNS.join(', ')} in that order, tab separated (copy the file again from /work/shared/data/).`,
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
			if (!ecosystem.pattern.test(name) || (ecosystem.id === 'aspnetcore' && !name.startsWith(`StatusCodes.Status${code}`))) {
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

let cache: Map<number, ConstantsRow> | undefined;

/** Every row of the data copy by code, read and checked once per build. */
export function constantsByCode(): Map<number, ConstantsRow> {
	cache ??= parseConstants(readFileSync(CONSTANTS_FILE, 'utf8'));
	return cache;
}

/** The notes about one ecosystem's name for a row's code. */
export function notesFor(row: ConstantsRow, ecosystem: Ecosystem): Note[] {
	return row.notes.filter((n) => 'ecosystem' in n && n.ecosystem === ecosystem.id);
}
