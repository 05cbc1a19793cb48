import { ECOSYSTEMS, ZOPE_KEEPS_CODE, type Ecosystem } from './ecosystems.ts';
import type { AlsoWhy, Note } from './constant-notes.ts';
import { columnVersions, constantsByCode, notesFor, releaseLine, type ColumnVersion, type ConstantsRow } from './framework-constants.ts';

/** A piece of a note: plain text, or a name to set in code font. */
export type Segment = string | { code: string };

/** One ecosystem's line of the "In your code" table. */
export interface CodeLine {
	ecosystem: Ecosystem;
	/** The released version the names are read from, e.g. "6.1"; shown beside the label. */
	version: string;
	/** The expression to write; undefined where the ecosystem has no name for the code. */
	expression?: string;
	/** Sentences about the name: renames, deprecations, reason texts, the registry's phrase. */
	notes: Segment[][];
}

const code = (text: string): Segment => ({ code: text });

/** The member a name ends in, e.g. `UNPROCESSABLE_CONTENT` for `HTTPStatus.UNPROCESSABLE_CONTENT`. */
export function member(name: string): string {
	return name.split(/\.|::/).at(-1)!.replace(/^:/, '');
}

/** True when a name spells the registry's phrase, with or without the ecosystem's own prefix. */
function spellsPhrase(name: string, ecosystem: Ecosystem, phrase: string): boolean {
	const squash = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
	const bare = member(name);
	const unprefixed = bare.replace(new RegExp(`^${ecosystem.prefix}`), '');
	return [bare, unprefixed].some((form) => squash(form) === squash(phrase));
}

/** An "also" note in the site's words: what the data says about the other name. */
function describeAlso(note: Extract<Note, { kind: 'also' }>): Segment[] {
	switch (note.why?.is) {
		case 'older-name':
			return [`Before ${note.why.until}: `, code(note.name), ', which still works.'];
		case 'deprecated':
			return ['Older ', code(note.name), ` still works, deprecated since ${note.why.since}.`];
		case 'same-class':
			return [code(note.name), ' is the same class.'];
		case 'rfc2616-name':
			return ['Also ', code(note.name), ', the RFC 2616 name.'];
		case 'obsolete':
			return [code(note.name), ' is obsolete: ', code('Rack::Utils.status_code'), ' warns.'];
		case 'compat':
			return ['Also ', code(note.name), ', kept for backward compatibility.'];
		case 'other':
			return ['Also ', code(note.name), ` (${note.why.text}).`];
		case undefined:
			return ['Also ', code(note.name), '.'];
	}
}

/** What an older name that a "since" note points to does in the column's release, from its "also" note. */
function stillWorks(why: AlsoWhy | undefined): Segment[] {
	if (why?.is === 'deprecated') return [`, which still works, deprecated since ${why.since}.`];
	if (why?.is === 'obsolete') return [', which ', code('Rack::Utils.status_code'), ' still accepts, with a warning.'];
	if (why?.is === 'older-name' || why === undefined) return [', which still works.'];
	return ['.'];
}

/** How a version of an ecosystem is named in a note: "Rack 3.1", "http 1.4" for Rust's crate. */
export function versionName(ecosystem: Ecosystem): string {
	return `${ecosystem.product ?? ecosystem.label} `;
}

/** A data note in the site's words, or undefined when the line says it another way. */
function describe(
	note: Note,
	ecosystem: Ecosystem,
	expression: string | undefined,
	older: ReadonlyMap<string, AlsoWhy | undefined>,
): Segment[] | undefined {
	const self = 'name' in note && note.name === expression;
	switch (note.kind) {
		case 'also':
			return describeAlso(note);
		case 'deprecated':
			return self
				? [`Deprecated since ${versionName(ecosystem)}${note.version}.`]
				: [code(note.name), ` is deprecated since ${note.version}.`];
		case 'since': {
			const release = `${versionName(ecosystem)}${note.version}`;
			const since: Segment[] = self ? [`Since ${release}.`] : [code(note.name), ` since ${release}.`];
			if (!note.instead.length) return [...since, ` Before ${note.version}, use the number.`];
			const names = note.instead.flatMap((name, i) => [...(i ? [' or '] : []), code(name)]);
			return [...since, ` Before ${note.version}, use `, ...names, ...stillWorks(older.get(note.instead.at(-1)!))];
		}
		case 'unreleased':
			return [
				code(note.name),
				` is only in the ${releaseLine(note.tag)} pre-releases (from ${note.tag}); no released ${ecosystem.product ?? ecosystem.label} has it.`,
			];
		case 'removed':
			return [`${versionName(ecosystem)}${note.branch} had `, code(note.name), ` (${note.deprecation}); ${note.removedIn} removed it.`];
		case 'obsolete':
			return [
				...(self ? ['Obsolete: '] : [code(note.name), ' is obsolete: ']),
				code('Rack::Utils.status_code'),
				' still accepts it, with a warning.',
			];
		case 'source':
			return note.comment.startsWith('listed in ')
				? ['Listed in ', code(note.comment.slice('listed in '.length)), '.']
				: [`The source says “${note.comment}”.`];
		case 'errmsg':
			return [`The status line says “${note.statusLine}”, the error message “${note.message}”.`];
		case 'reason':
			// Node's cell is its reason text, and its line quotes it already.
			return ecosystem.id === 'node' ? undefined : [`Reason text: “${note.text}”.`];
		case 'unregistered':
			return undefined;
	}
}

/** The order notes read best in: what the name itself is first, then its other names, then texts. */
const ORDER: Note['kind'][] = [
	'deprecated',
	'obsolete',
	'since',
	'unreleased',
	'source',
	'also',
	'removed',
	'reason',
	'errmsg',
	'unregistered',
];

/** The notes of one ecosystem's line. */
function lineNotes(row: ConstantsRow, ecosystem: Ecosystem, status: number): Segment[][] {
	const expression = row.names[ecosystem.id];
	const notes: Segment[][] = [];
	if (ecosystem.id === 'node') {
		notes.push(
			expression === undefined
				? [code(`http.STATUS_CODES[${status}]`), ' is ', code('undefined'), '.']
				: [
						code(`http.STATUS_CODES[${status}]`),
						` is “${expression}”${row.reason && expression !== row.reason ? `; the registry says “${row.reason}”` : ''}.`,
					],
		);
		return notes;
	}
	if (ecosystem.id === 'zope') {
		if (expression === undefined) notes.push(['Set it yourself: ', code(`request.response.setStatus(${status})`), '.']);
		else if ((ZOPE_KEEPS_CODE as readonly string[]).includes(member(expression))) notes.push([`Raise it; Plone answers ${status}.`]);
		else notes.push(['Raised in Plone, it gives 500: call ', code(`request.response.setStatus(${status})`), ' instead.']);
	}
	const own = notesFor(row, ecosystem);
	// A "since" note names the older names to use before that version; their own "also" notes fold into it.
	const instead = new Set(own.flatMap((n) => (n.kind === 'since' ? n.instead : [])));
	const older = new Map(own.flatMap((n) => (n.kind === 'also' && instead.has(n.name) ? [[n.name, n.why] as const] : [])));
	const sorted = own
		.filter((n) => !(n.kind === 'also' && instead.has(n.name)))
		.sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	// What the name itself is (deprecated, new…) comes first, then how it differs from the registry, then the rest.
	const split = sorted.findIndex((note) => ORDER.indexOf(note.kind) > ORDER.indexOf('source'));
	const [first, rest] = split < 0 ? [sorted, []] : [sorted.slice(0, split), sorted.slice(split)];
	const registry: Segment[][] =
		expression !== undefined && row.reason && !spellsPhrase(expression, ecosystem, row.reason)
			? [[`The registry says “${row.reason}”.`]]
			: [];
	for (const text of [
		...first.map((n) => describe(n, ecosystem, expression, older)),
		...registry,
		...rest.map((n) => describe(n, ecosystem, expression, older)),
	]) {
		if (text) notes.push(text);
	}
	return notes;
}

/** One line per ecosystem for a code; with no row, every ecosystem says it has no name for the code. */
export function codeLines(
	status: number,
	row: ConstantsRow | undefined,
	columns: Map<string, ColumnVersion> = columnVersions(),
): CodeLine[] {
	const empty: ConstantsRow = { code: status, registered: false, reason: '', names: {}, notes: [] };
	return ECOSYSTEMS.map((ecosystem: Ecosystem) => {
		const expression = ecosystem.id === 'node' ? undefined : row?.names[ecosystem.id];
		const release = columns.get(ecosystem.id)?.version;
		const version = release ? [ecosystem.product, release].filter(Boolean).join(' ') : '';
		return { ecosystem, version, ...(expression ? { expression } : {}), notes: lineNotes(row ?? empty, ecosystem, status) };
	});
}

/** What the "In your code" table of one code shows: its lines, the names for the search index, and its caption. */
export interface CodeConstants {
	code: number;
	/** The data row; undefined for a code no framework names. */
	row: ConstantsRow | undefined;
	lines: CodeLine[];
	/** Every name a reader may search for, whole and as its bare member. */
	names: string[];
	caption: string;
}

/** Everything the "In your code" table of a code shows, derived once from the data copy. */
export function constantsFor(status: number): CodeConstants {
	const row = constantsByCode().get(status);
	const caption = row?.registered
		? `The name to write for ${status}, in the versions shown.`
		: `What each framework calls ${status}, in the versions shown. The number is unregistered: a framework’s name may stand for another meaning than this page’s.`;
	return { code: status, row, lines: codeLines(status, row), names: searchNames(row), caption };
}

/** Every name a reader may type for a code, whole and as its bare member, for the search index. */
export function searchNames(row: ConstantsRow | undefined): string[] {
	if (!row) return [];
	const names = new Set<string>();
	for (const ecosystem of ECOSYSTEMS) {
		const cell = row.names[ecosystem.id];
		if (cell && ecosystem.id !== 'node') names.add(cell).add(member(cell));
	}
	for (const note of row.notes) {
		if ('name' in note && note.ecosystem !== 'node') names.add(note.name).add(member(note.name));
	}
	return [...names];
}

/** A note as plain text, e.g. for /codes.json. */
export function plainText(segments: Segment[]): string {
	return segments.map((s) => (typeof s === 'string' ? s : s.code)).join('');
}

/** One ecosystem's entry in /codes.json: the version, the name (Node: the reason text), its other names, and the notes as shown. */
export function exportLines(status: number, row: ConstantsRow | undefined) {
	return Object.fromEntries(
		codeLines(status, row).map((line) => {
			const { id, label } = line.ecosystem;
			const otherNames = (row?.notes ?? []).flatMap((n) =>
				'name' in n && n.ecosystem === id && n.name !== line.expression ? [n.name] : [],
			);
			const entry = {
				label,
				version: line.version,
				name: line.expression ?? null,
				otherNames: [...new Set(otherNames)],
				notes: line.notes.map(plainText),
			};
			return [id, id === 'node' ? { ...entry, text: row?.names.node ?? null } : entry];
		}),
	);
}

/** Text made safe to place in HTML. */
function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A name in code font with a <wbr> after each dot, `::` and underscore and before each capitalised word, so a long
 * name wraps on a phone; copied, it is still the one name. Built as a string so no formatter can slip spaces in.
 */
export function codeHtml(name: string): string {
	return `<code>${name
		.split(/(?<=\.|::|_)|(?<=[a-z0-9])(?=[A-Z])/)
		.map(escapeHtml)
		.join('<wbr>')}</code>`;
}

/** A line's notes as HTML: sentences separated by spaces, names in code font. */
export function notesHtml(notes: Segment[][]): string {
	return notes.map((note) => note.map((s) => (typeof s === 'string' ? escapeHtml(s) : codeHtml(s.code))).join('')).join(' ');
}

/** The Zope rule under the table, as HTML: which exception classes keep their code in Plone. */
export function zopeRuleHtml(): string {
	const classes = ZOPE_KEEPS_CODE.map((name) => codeHtml(name));
	const list = `${classes.slice(0, -1).join(', ')} and ${classes.at(-1)}`;
	return `Zope, Plone: Plone renders errors through exception views (its own for pages, plone.rest’s for plone.restapi), and there only ${list} keep their own code; every other class gives 500. Without a view, Zope answers with the class’s own status.`;
}
