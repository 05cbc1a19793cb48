import { ECOSYSTEMS, ZOPE_KEEPS_CODE, type Ecosystem } from './ecosystems.ts';
import type { Note } from './constant-notes.ts';
import { notesFor, type ConstantsRow } from './framework-constants.ts';

/** A piece of a note: plain text, or a name to set in code font. */
export type Segment = string | { code: string };

/** One ecosystem's line of the "In your code" table. */
export interface CodeLine {
	ecosystem: Ecosystem;
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

/** A data note in the site's words, or undefined when the line says it another way. */
function describe(note: Note, ecosystem: Ecosystem, expression: string | undefined): Segment[] | undefined {
	const self = 'name' in note && note.name === expression;
	switch (note.kind) {
		case 'also': {
			const q = note.qualifier ?? '';
			let m: RegExpExecArray | null;
			if ((m = /^alias; the only name before (.+)$/.exec(q))) return [`Before ${m[1]}: `, code(note.name), ', which still works.'];
			if ((m = /^deprecated since (\S+): in favor of \S+$/.exec(q)))
				return ['Older ', code(note.name), ` still works, deprecated since ${m[1]}.`];
			if (/^alias of \w+$/.test(q)) return [code(note.name), ' is the same class.'];
			if (q === 'source comment: "RFC 2616, renamed"') return ['Also ', code(note.name), ', the RFC 2616 name.'];
			if (/^obsolete; Rack::Utils\.status_code warns/.test(q))
				return [code(note.name), ' is obsolete: ', code('Rack::Utils.status_code'), ' warns.'];
			if (q === 'kept for backwards compatibility') return ['Also ', code(note.name), ', kept for backward compatibility.'];
			return q ? ['Also ', code(note.name), ` (${q}).`] : ['Also ', code(note.name), '.'];
		}
		case 'new':
			return [`New in ${ecosystem.label} ${note.version}; ${note.absentIn} lacks it.`];
		case 'deprecated':
			return self ? [`Deprecated since ${ecosystem.label} ${note.version}.`] : [code(note.name), ` is deprecated since ${note.version}.`];
		case 'since':
			return self ? [`Since Servlet ${note.version}.`] : [code(note.name), ` since Servlet ${note.version}.`];
		case 'removed':
			return [`${ecosystem.label} ${note.branch} had `, code(note.name), ` (${note.deprecation}); ${note.removedIn} removed it.`];
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
const ORDER: Note['kind'][] = ['deprecated', 'obsolete', 'new', 'since', 'source', 'also', 'removed', 'reason', 'errmsg', 'unregistered'];

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
	const sorted = [...notesFor(row, ecosystem)].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
	// What the name itself is (deprecated, new…) comes first, then how it differs from the registry, then the rest.
	const split = sorted.findIndex((note) => ORDER.indexOf(note.kind) > ORDER.indexOf('source'));
	const [first, rest] = split < 0 ? [sorted, []] : [sorted.slice(0, split), sorted.slice(split)];
	const registry: Segment[][] =
		expression !== undefined && row.reason && !spellsPhrase(expression, ecosystem, row.reason)
			? [[`The registry says “${row.reason}”.`]]
			: [];
	for (const text of [
		...first.map((n) => describe(n, ecosystem, expression)),
		...registry,
		...rest.map((n) => describe(n, ecosystem, expression)),
	]) {
		if (text) notes.push(text);
	}
	return notes;
}

/** One line per ecosystem for a code; with no row, every ecosystem says it has no name for the code. */
export function codeLines(status: number, row: ConstantsRow | undefined): CodeLine[] {
	const empty: ConstantsRow = { code: status, registered: false, reason: '', names: {}, notes: [] };
	return ECOSYSTEMS.map((ecosystem) => {
		const expression = ecosystem.id === 'node' ? undefined : row?.names[ecosystem.id];
		return { ecosystem, ...(expression ? { expression } : {}), notes: lineNotes(row ?? empty, ecosystem, status) };
	});
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

/** One ecosystem's entry in /codes.json: the name (Node: the reason text), its other names, and the notes as shown. */
export function exportLines(status: number, row: ConstantsRow | undefined) {
	return Object.fromEntries(
		codeLines(status, row).map((line) => {
			const { id, label } = line.ecosystem;
			const otherNames = (row?.notes ?? []).flatMap((n) =>
				'name' in n && n.ecosystem === id && n.name !== line.expression ? [n.name] : [],
			);
			const entry = { label, name: line.expression ?? null, otherNames: [...new Set(otherNames)], notes: line.notes.map(plainText) };
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
