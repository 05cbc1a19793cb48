import type { Spec } from './spec';

/** One header rule as the content states it. */
export interface HeaderRule {
	field: string;
	strength: string;
	when?: string | undefined;
	rule: string;
	source: Spec;
}

/** Rules that share a strength, a condition and a source, shown under one line instead of repeating it. */
export interface HeaderRuleGroup {
	strength: string;
	when?: string | undefined;
	source: Spec;
	rules: HeaderRule[];
}

/** Groups rules with the same strength, condition and source, in the order the content lists them; a rule without a condition stands alone. */
export function groupHeaderRules(rules: readonly HeaderRule[]): HeaderRuleGroup[] {
	const groups: HeaderRuleGroup[] = [];
	const byKey = new Map<string, HeaderRuleGroup>();
	for (const rule of rules) {
		const key =
			rule.when === undefined ? undefined : JSON.stringify([rule.strength, rule.when, rule.source.document, rule.source.section ?? '']);
		const open = key === undefined ? undefined : byKey.get(key);
		if (open) {
			open.rules.push(rule);
			continue;
		}
		const group: HeaderRuleGroup = { strength: rule.strength, when: rule.when, source: rule.source, rules: [rule] };
		groups.push(group);
		if (key !== undefined) byKey.set(key, group);
	}
	return groups;
}
