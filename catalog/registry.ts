// The outside authorities the content is checked against, kept in data/, and the checks that hold a code to
// them. The checks are plain functions returning the problems they find, so any test runner can wrap them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(import.meta.dirname, '..', 'data');

/** A document and, where it has them, a section. */
export interface SourceRef {
	document: string;
	section?: string | undefined;
}

/** One row of the IANA HTTP Status Code Registry. */
export interface RegistryRow {
	code: number;
	phrase: string;
	spec: string;
	section: string;
	status: string;
	/** Heuristically cacheable by default. */
	cacheable: boolean;
	headerRule: string;
}

/** Reads a tab-separated data file without its header line. */
function readTsv(name: string): string[][] {
	return readFileSync(join(DATA, name), 'utf8')
		.trimEnd()
		.split('\n')
		.slice(1)
		.map((line) => line.split('\t'));
}

/** Every registered code, from data/iana-status-codes.tsv. */
export const registry: RegistryRow[] = readTsv('iana-status-codes.tsv').map(
	([code, phrase, spec, section, status, cacheable, headerRule]) => ({
		code: Number(code),
		phrase: phrase!,
		spec: spec!,
		section: section!,
		status: status!,
		cacheable: cacheable === 'yes',
		headerRule: headerRule ?? '',
	}),
);

/** The codes (or a whole class, e.g. `1xx`) no cache may store, with the section that says so: data/cache-never-stored.tsv. */
export const neverStored: { key: string; source: SourceRef }[] = readTsv('cache-never-stored.tsv').map(([key, document, section]) => ({
	key: key!,
	source: { document: document!, section: section! },
}));

/** A header rule as the registry states it. */
export interface RegistryHeaderRule {
	strength: string;
	fields: string[];
	/** The source the registry names in brackets, if any. */
	source?: SourceRef;
}

/** Reads a source named in brackets at the end of a rule, e.g. `(RFC 3229 section 10.4.1)`. */
function bracketSource(rule: string): { rest: string; source?: SourceRef } {
	const match = /\s*\((RFC \d+)(?: section ([\d.]+))?\)$|\s*\((draft-[\w-]+)\)$/.exec(rule);
	if (!match) return { rest: rule };
	const source: SourceRef = match[3] ? { document: match[3] } : { document: match[1]!, ...(match[2] ? { section: match[2] } : {}) };
	return { rest: rule.slice(0, match.index), source };
}

/** The registry's header rules as strength, field names and source, e.g. `MUST send Allow` -> MUST [Allow]. */
export function parseHeaderRule(rule: string): RegistryHeaderRule[] {
	if (!rule) return [];
	const { rest, source } = bracketSource(rule);
	return rest.split('; ').map((clause) => {
		const optional = /^([\w-]+), when sent\b.*not required/.exec(clause);
		if (optional) return { strength: 'MAY', fields: [optional[1]!], ...(source ? { source } : {}) };
		const sends = /^(MUST|SHOULD|MAY) send (.+)$/.exec(clause);
		if (!sends) throw new Error(`Unreadable header rule: ${rule}`);
		const named = sends[2]!.replace(/ (?:if|for|where|in|with)\b.*$/, '');
		const listed = /\(([^)]+)\)$/.exec(named);
		const fields = (listed ? listed[1]! : named).split(/, | and /);
		return { strength: sends[1]!, fields, ...(source ? { source } : {}) };
	});
}

/** How caches treat a code, and the section that says so, as the content states it. */
export interface Cacheability {
	state: string;
	source: SourceRef;
}

/** The cacheability the data files give a code: never stored, heuristically cacheable, or stored only when its headers allow. */
export function expectedCacheability(row: RegistryRow): Cacheability {
	const never = neverStored.find((n) => n.key === String(row.code) || n.key === `${String(row.code)[0]}xx`);
	if (never && row.cacheable) throw new Error(`data/: ${row.code} is both heuristically cacheable and never stored`);
	if (never) return { state: 'never', source: never.source };
	// RFC 9110 lists its heuristically cacheable codes in section 15.1; another spec says so in the code's own section.
	if (row.cacheable)
		return {
			state: 'heuristic',
			source: row.spec === 'RFC 9110' ? { document: 'RFC 9110', section: '15.1' } : { document: row.spec, section: row.section },
		};
	return { state: 'explicit', source: { document: 'RFC 9111', section: '3' } };
}

/** A header rule as the content states it. */
interface ContentRule {
	field: string;
	strength: string;
	source?: SourceRef;
}

/** Where a content rule's source disagrees with the registry: the section it names, or else the code's own document and section. */
function sourceProblem(rule: ContentRule, expected: RegistryHeaderRule | undefined, row: RegistryRow): string | undefined {
	const label = `${rule.strength} ${rule.field}`;
	const source = rule.source;
	if (!source) return `${label}: has no source`;
	const named = expected?.source;
	if (named) {
		if (source.document !== named.document) return `${label}: source is ${source.document}, the registry names ${named.document}`;
		if (named.section && source.section !== named.section)
			return `${label}: source section is ${source.section}, the registry names ${named.section}`;
		return undefined;
	}
	if (source.document !== row.spec) return `${label}: source is ${source.document}, but the code is defined in ${row.spec}`;
	const inSection = !row.section || source.section === row.section || source.section?.startsWith(`${row.section}.`);
	if (!inSection) return `${label}: source section ${source.section} is outside the code's section ${row.section}`;
	return undefined;
}

/** The frontmatter fields the registry speaks to, as read from a content file (any of them may be missing or wrong). */
export interface FrontmatterFacts {
	phrase?: unknown;
	spec?: { document?: unknown; section?: unknown };
	status?: unknown;
	cacheable?: { state?: unknown; source?: { document?: unknown; section?: unknown } };
	headers?: ContentRule[];
}

/** Every way a code's frontmatter disagrees with its registry row: phrase, spec, status, cacheability, header rules. */
export function registryProblems(data: FrontmatterFacts, row: RegistryRow): string[] {
	const problems: string[] = [];
	const differ = (what: string, actual: unknown, expected: unknown) => {
		if (JSON.stringify(actual) !== JSON.stringify(expected))
			problems.push(`${what}: ${JSON.stringify(actual)}, the registry says ${JSON.stringify(expected)}`);
	};
	differ('phrase', data.phrase, row.phrase);
	differ('spec document', data.spec?.document, row.spec);
	differ('spec section', data.spec?.section ?? '', row.section);
	differ('status', data.status ?? 'permanent', row.status.split(' ')[0]);
	const cache = expectedCacheability(row);
	differ('cacheable state', data.cacheable?.state, cache.state);
	differ('cacheable source', { document: data.cacheable?.source?.document, section: data.cacheable?.source?.section }, cache.source);
	const expectedRules = parseHeaderRule(row.headerRule).flatMap((r) => r.fields.map((field) => ({ field, rule: r })));
	const rules = data.headers ?? [];
	differ(
		'header rules',
		rules.map((h) => `${h.strength} ${h.field}`).sort(),
		expectedRules.map(({ field, rule }) => `${rule.strength} ${field}`).sort(),
	);
	for (const rule of rules) {
		const problem = sourceProblem(rule, expectedRules.find((e) => e.field === rule.field && e.rule.strength === rule.strength)?.rule, row);
		if (problem) problems.push(`header rule ${problem}`);
	}
	return problems;
}

/** The user's source page, as "heading" -> paragraph (headings without text are left out). */
export function seedTexts(): Map<string, string> {
	const lines = readFileSync(join(DATA, 'plone-restapi-status-codes.txt'), 'utf8').split('\n');
	const texts = new Map<string, string>();
	lines.forEach((line, i) => {
		const heading = /^(\dxx|\d{3}) .*#$/.exec(line.trim());
		const next = lines.slice(i + 1).find((l) => l.trim());
		if (heading && next && !next.trim().endsWith('#')) texts.set(heading[1]!, next.trim());
	});
	return texts;
}
