import { ECOSYSTEMS, isEcosystemId, type EcosystemId } from './ecosystems.ts';

/** What the data says about another name for the same code, read once here so the page only words it. */
export type AlsoWhy =
	/** "alias; the only name before Python 3.13": the older spelling, the only one before `until`. */
	| { is: 'older-name'; until: string }
	/** "deprecated since 7.0: in favor of X". */
	| { is: 'deprecated'; since: string }
	/** Zope: "alias of X", the same class under another name. */
	| { is: 'same-class' }
	/** ASP.NET Core: source comment "RFC 2616, renamed". */
	| { is: 'rfc2616-name' }
	/** Rack: "obsolete; Rack::Utils.status_code warns…". */
	| { is: 'obsolete' }
	/** Servlet: "kept for backwards compatibility". */
	| { is: 'compat' }
	/** Any other parenthesis, shown as the data words it. */
	| { is: 'other'; text: string };

/** One fact from the `notes` column of data/framework-constants.tsv, or derived from data/framework-constants.versions.tsv. */
export type Note =
	| { kind: 'unregistered' }
	/** Another name for the same code, and what the data says about it. */
	| { kind: 'also'; ecosystem: EcosystemId; name: string; why?: AlsoWhy }
	| { kind: 'deprecated'; ecosystem: EcosystemId; name: string; version: string }
	/** Derived from release tags: the name is newer than the column's baseline; `instead` are older names for the code that the baseline has. */
	| { kind: 'since'; ecosystem: EcosystemId; name: string; version: string; instead: string[] }
	/** Derived from release tags: the name is only in pre-release tags (`tag`, e.g. 6.2.0-M2-RELEASE), in no release. */
	| { kind: 'unreleased'; ecosystem: EcosystemId; name: string; tag: string }
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

/** Reads the parenthesis of an "also" note into what it says. */
export function alsoWhy(qualifier: string): AlsoWhy {
	let m: RegExpExecArray | null;
	if ((m = /^alias; the only name before (.+)$/.exec(qualifier))) return { is: 'older-name', until: m[1]! };
	if ((m = /^deprecated since (\S+): in favor of \S+$/.exec(qualifier))) return { is: 'deprecated', since: m[1]! };
	if (/^alias of \w+$/.test(qualifier)) return { is: 'same-class' };
	if (qualifier === 'source comment: "RFC 2616, renamed"') return { is: 'rfc2616-name' };
	if (/^obsolete; Rack::Utils\.status_code warns/.test(qualifier)) return { is: 'obsolete' };
	if (qualifier === 'kept for backwards compatibility') return { is: 'compat' };
	return { is: 'other', text: qualifier };
}

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
	if ((m = /^also (\S+)(?: \((.+)\))?$/.exec(body)))
		return { kind: 'also', ecosystem, name: m[1]!, ...(m[2] ? { why: alsoWhy(m[2]) } : {}) };
	if ((m = /^(\S+) is deprecated since (\S+): .+$/.exec(body))) return { kind: 'deprecated', ecosystem, name: m[1]!, version: m[2]! };
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
