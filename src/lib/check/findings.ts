// The checker's vocabulary: what a parsed message, a finding and a report are. Pure types, shared by the engine,
// the page's script and the tests.
import type { Spec } from '../spec.ts';

/** A requirement level exactly as the spec states it; anything that is not MUST or SHOULD is a Note. */
export type Level = 'MUST' | 'SHOULD' | 'Note';

/** One field line as it was pasted. */
export interface Field {
	/** The name as written (case kept, so a quote matches the input). */
	name: string;
	/** The value, without leading and trailing whitespace. */
	value: string;
	/** Line number in the input (1-based), absent for HAR. */
	line?: number | undefined;
	/** The line as written, for quoting. */
	raw: string;
	/** Whitespace stood between the name and the colon. */
	spaceBeforeColon?: boolean;
	/** The value continued on a folded line (obs-fold). */
	folded?: boolean;
}

/** What a message carries after its header section. */
export type Content =
	| { kind: 'none' }
	/** The content was pasted: its text as given; `decoded` when a tool already undid its codings (HAR), so its length proves nothing. */
	| { kind: 'pasted'; text: string; line?: number | undefined; decoded?: boolean }
	/** The header section says content follows, but it was not pasted (curl -I, a HAR without bodies). */
	| { kind: 'declared' };

/** A response as parsed. */
export interface ParsedResponse {
	/** `1.1`, `2`, `3`… */
	version: string;
	status: number;
	reason: string;
	/** The status line as written. */
	statusLine: string;
	line?: number | undefined;
	fields: Field[];
	content: Content;
}

/** A request as parsed. */
export interface ParsedRequest {
	method: string;
	target: string;
	version: string;
	requestLine: string;
	line?: number | undefined;
	fields: Field[];
	content: Content;
}

/** A parse error with where it happened and why. */
export interface ParseError {
	/** 1-based line, when the input has lines. */
	line?: number | undefined;
	message: string;
}

/** A parse's outcome: the messages found, or the errors that stopped it. */
export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParseError[] };

/** One thing the checker found. */
export interface Finding {
	level: Level;
	/** The rule's id (message rules) or `code:<field>` (a code page's header rule). */
	rule: string;
	/** The field or rule named, e.g. `Location` or `Date`. */
	subject: string;
	/** What is wrong, in one sentence. */
	message: string;
	/** The line it is about, as written; absent when something is missing. */
	quote?: string | undefined;
	line?: number | undefined;
	/** The section that states the rule. */
	source: Spec;
	/** The site page that explains it, relative to the site's base (e.g. `405-method-not-allowed/`). */
	page?: string | undefined;
}

/** The verdict on one response of the input. */
export interface ResponseReport {
	status: number;
	statusLine: string;
	line?: number | undefined;
	/** The request it was judged against, when one was given or pasted with it. */
	method?: string | undefined;
	findings: Finding[];
	/** What was looked at, so "nothing found" never reads as "nothing checked". */
	checked: string[];
}

/** Counts findings by level. */
export function countLevels(findings: readonly Finding[]): Record<Level, number> {
	const counts: Record<Level, number> = { MUST: 0, SHOULD: 0, Note: 0 };
	for (const f of findings) counts[f.level] += 1;
	return counts;
}
