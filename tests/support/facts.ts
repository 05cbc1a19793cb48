// What a code's facts block must show, derived from its frontmatter: plain functions, so any runner can use them.
import type { TestCode } from '../../catalog/content.ts';

/** A document and, where it has them, a section. */
export interface SourceRef {
	document: string;
	section?: string | undefined;
}

/** One header rule as the frontmatter states it. */
export interface FactsRule {
	field: string;
	strength: string;
	when?: string;
	rule: string;
	source: SourceRef;
}

/** The cacheability as the frontmatter states it. */
export interface FactsCache {
	state: 'heuristic' | 'explicit' | 'never';
	source: SourceRef;
}

/** The word the facts block opens the cacheability with, one per state. */
export const CACHE_WORD: Record<FactsCache['state'], string> = { heuristic: 'Yes', explicit: 'No', never: 'Never stored' };

/** A code's cacheability and header rules, typed. */
export function factsOf(code: TestCode): { cacheable: FactsCache; headers: FactsRule[] } {
	return { cacheable: code.data.cacheable as FactsCache, headers: (code.data.headers ?? []) as FactsRule[] };
}

/** The conditions shared by more than one rule of a code, each with its rules: the page must state each once. */
export function sharedConditions(headers: readonly FactsRule[]): Map<string, FactsRule[]> {
	const byWhen = new Map<string, FactsRule[]>();
	for (const rule of headers) if (rule.when) byWhen.set(rule.when, [...(byWhen.get(rule.when) ?? []), rule]);
	return new Map([...byWhen].filter(([, rules]) => rules.length > 1));
}
