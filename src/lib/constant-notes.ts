import { ECOSYSTEMS, isEcosystemId, type EcosystemId } from './ecosystems.ts';

/** One fact from the `notes` column of data/framework-constants.tsv, attributed to its ecosystem. */
export type Note =
	| { kind: 'unregistered' }
	/** Another name for the same code; `qualifier` is the data's parenthesis, e.g. "alias; the only name before Python 3.13". */
	| { kind: 'also'; ecosystem: EcosystemId; name: string; qualifier?: string }
	/** The name first appears in `version`; `absentIn` lacks it. */
	| { kind: 'new'; ecosystem: EcosystemId; name: string; version: string; absentIn: string }
	| { kind: 'deprecated'; ecosystem: EcosystemId; name: string; version: string }
	/** Jakarta Servlet's `@since`. */
	| { kind: 'since'; ecosystem: EcosystemId; name: string; version: string }
	/** A name an older branch had and `removedIn` dropped. */
	| { kind: 'removed'; ecosystem: EcosystemId; name: string; branch: string; deprecation: string; removedIn: string }
	/** Rack: a symbol `Rack::Utils.status_code` still accepts, with a warning. */
	| { kind: 'obsolete'; ecosystem: EcosystemId; name: string }
	/** What the framework's source says beside the name, e.g. a comment "RFC 2616, removed". */
	| { kind: 'source'; ecosystem: EcosystemId; name: string; comment: string }
	/** Zope: the exception's message and the status line's reason differ. */
	| { kind: 'errmsg'; ecosystem: EcosystemId; message: string; statusLine: string }
	/** The reason text the framework sends or returns, where it differs from the registry's. */
	| { kind: 'reason'; ecosystem: EcosystemId; text: string };

/** Splits a notes cell at "; " outside quotes and parentheses. */
function fragments(cell: string): string[] {
	const parts: string[] = [];
	let current = '';
	let depth = 0;
	let quoted = false;
	for (let i = 0; i < cell.length; i++) {
		const c = cell[i]!;
		if (c === '"') quoted = !quoted;
		else if (!quoted && c === '(') depth++;
		else if (!quoted && c === ')') depth--;
		if (!quoted && depth === 0 && cell.startsWith('; ', i)) {
			parts.push(current);
			current = '';
			i++;
			continue;
		}
		current += c;
	}
	if (current) parts.push(current);
	return parts;
}

/** Reads one ecosystem's note body into a Note, or undefined for a form the site does not know. */
function ecosystemNote(ecosystem: EcosystemId, branch: string | undefined, body: string): Note | undefined {
	let m: RegExpExecArray | null;
	if (branch) {
		m = /^(\S+) \((deprecated[^)]*)\), removed in (\S+)$/.exec(body);
		return m ? { kind: 'removed', ecosystem, name: m[1]!, branch, deprecation: m[2]!, removedIn: m[3]! } : undefined;
	}
	if ((m = /^also (\S+)(?: \((.+)\))?$/.exec(body))) return { kind: 'also', ecosystem, name: m[1]!, ...(m[2] ? { qualifier: m[2] } : {}) };
	if ((m = /^(\S+) is new in (\S+) \(absent in (\S+)\)$/.exec(body)))
		return { kind: 'new', ecosystem, name: m[1]!, version: m[2]!, absentIn: m[3]! };
	if ((m = /^(\S+) is deprecated since (\S+): .+$/.exec(body))) return { kind: 'deprecated', ecosystem, name: m[1]!, version: m[2]! };
	if ((m = /^(\S+) since Servlet (\S+)$/.exec(body))) return { kind: 'since', ecosystem, name: m[1]!, version: m[2]! };
	if ((m = /^(\S+) is obsolete$/.exec(body))) return { kind: 'obsolete', ecosystem, name: m[1]! };
	if ((m = /^(\S+) \(source comment: "(.+)"\)$/.exec(body))) return { kind: 'source', ecosystem, name: m[1]!, comment: m[2]! };
	if ((m = /^(\S+) \(listed in (\S+), .+\)$/.exec(body))) return { kind: 'source', ecosystem, name: m[1]!, comment: `listed in ${m[2]}` };
	if ((m = /^\w+\.errmsg "(.+)" but status line uses status_reasons "(.+)"$/.exec(body)))
		return { kind: 'errmsg', ecosystem, message: m[1]!, statusLine: m[2]! };
	return undefined;
}

/** The name a note is about, if it names one. */
function namedIn(note: Note): string | undefined {
	return 'name' in note ? note.name : undefined;
}

/** Parses a notes cell; `fail` builds the error that stops the build on a fragment of unknown form. */
export function parseNotes(cell: string, fail: (problem: string) => Error): Note[] {
	const notes: Note[] = [];
	let inReasons = false;
	for (const fragment of fragments(cell)) {
		let m: RegExpExecArray | null;
		const reasons = (list: string) => {
			m = /^([a-z_/]+) "(.+)"$/.exec(list);
			const ids = m?.[1]!.split('/') ?? [];
			if (!m || !ids.every(isEcosystemId)) throw fail(`has "${fragment}", which names no known ecosystem.`);
			for (const ecosystem of ids) notes.push({ kind: 'reason', ecosystem, text: m[2]! });
			inReasons = true;
		};
		if (fragment === 'not in the IANA registry') {
			notes.push({ kind: 'unregistered' });
			inReasons = false;
		} else if ((m = /^reason texts?(?: differs from IANA "[^"]+")?: (.+)$/.exec(fragment))) {
			reasons(m[1]!);
		} else if (inReasons && /^[a-z_/]+ "/.test(fragment)) {
			reasons(fragment);
		} else if ((m = /^([a-z_]+)(?: (\d+\.\d+\.x) only)?: (.+)$/.exec(fragment)) && isEcosystemId(m[1]!)) {
			const ecosystem = m[1];
			const note = ecosystemNote(ecosystem, m[2], m[3]!);
			if (!note) throw fail(`has "${fragment}", a note of a form the site does not know.`);
			const name = namedIn(note);
			const pattern = ECOSYSTEMS.find((e) => e.id === ecosystem)!.pattern;
			if (name !== undefined && !pattern.test(name)) throw fail(`has "${fragment}", whose name ${name} is not a ${ecosystem} name.`);
			notes.push(note);
			inReasons = false;
		} else if (fragment === 'Rack::Utils.status_code warns' && notes.at(-1)?.kind === 'obsolete') {
			// The obsolete note's second half: the warning is what "obsolete" means for Rack, and the site says so.
		} else {
			throw fail(`has "${fragment}", a note of a form the site does not know.`);
		}
	}
	return notes;
}
