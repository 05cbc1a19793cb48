// The status-specific checks, driven by the codes' frontmatter `headers` (field, strength, condition, source)
// and registry status: a rule added to a code page is checked at once. A rule holds where it has no `when`;
// a `when` the exchange can decide is decided below; any other `when` gives a Note naming the condition, since
// flagging a response for a condition it may not meet would flag correct responses.
import { groupHeaderRules, type HeaderRule } from '../header-rules.ts';
import { specCitation } from '../spec.ts';
import type { Finding, Level } from './findings.ts';
import { fieldNamed, type CheckContext } from './message-checks.ts';

/** Whether a rule's condition holds for this exchange: yes, no, or not decidable from it. */
type Verdict = 'yes' | 'no' | 'unknown';

const isGetOrHead = (ctx: CheckContext): Verdict =>
	ctx.method === undefined ? 'unknown' : ctx.method === 'GET' || ctx.method === 'HEAD' ? 'unknown' : 'no';

/**
 * The conditions the checker can decide, by their `when` text in the frontmatter (shared word for word by the
 * rules a page groups). A condition not listed here is reported as a Note.
 */
export const CONDITIONS: Record<string, (ctx: CheckContext) => Verdict> = {
	'the 201 answers a POST': (ctx) => (ctx.method === undefined ? 'unknown' : ctx.method === 'POST' ? 'yes' : 'no'),
	// Whether the server has a validator is not in the exchange; a method other than GET or HEAD rules it out.
	'the 200 answers GET or HEAD and the server has the validator': isGetOrHead,
	'a 200 to the same request would have carried it': () => 'unknown',
	'the 416 answers a byte-range request': (ctx) => {
		if (!ctx.request) return 'unknown';
		return /^\s*bytes\s*=/i.test(fieldNamed(ctx.request.fields, 'Range')?.value ?? '') ? 'yes' : 'no';
	},
	// Not in the exchange: a Note, once a code page states these conditions as `when`.
	'the condition is temporary': () => 'unknown',
	'the server has a preferred choice': () => 'unknown',
	// Only the first 104 of an upload carries Location; the earlier 1xx pasted for the same request show which it is.
	'the 104 is the first of the upload': (ctx) => {
		if (!ctx.earlier) return 'unknown';
		return ctx.earlier.some((r) => r.status === 104) ? 'no' : 'yes';
	},
	'a single part is sent': (ctx) =>
		/^multipart\/byteranges\b/i.test(fieldNamed(ctx.response.fields, 'Content-Type')?.value ?? '') ? 'no' : 'yes',
};

const STATUS_NOTES: Record<string, string> = {
	unused: 'is registered as unused: the number is reserved and means nothing today',
	reserved: 'is reserved for future use',
	deprecated: 'is deprecated',
	obsoleted: 'is marked obsoleted in the registry',
};

/** The frontmatter rules of the response's code, as findings. */
export function statusRuleFindings(ctx: CheckContext): Finding[] {
	const code = ctx.data.codes[String(ctx.response.status)];
	if (!code) return [];
	const out: Finding[] = [];
	const note = STATUS_NOTES[code.status];
	if (note)
		out.push({
			level: 'Note',
			rule: 'code:status',
			subject: 'Status code',
			message: `${ctx.response.status} ${code.phrase} ${note}.`,
			quote: ctx.response.statusLine,
			line: ctx.response.line,
			source: code.spec,
			page: code.page,
		});
	for (const group of groupHeaderRules(code.headers)) {
		if (group.strength === 'MAY') continue;
		const missing = group.rules.filter((rule: HeaderRule) => !fieldNamed(ctx.response.fields, rule.field));
		if (missing.length === 0) continue;
		const verdict: Verdict = group.when === undefined ? 'yes' : (CONDITIONS[group.when]?.(ctx) ?? 'unknown');
		if (verdict === 'no') continue;
		const names = missing.map((r) => `\`${r.field}\``).join(', ');
		if (verdict === 'yes') {
			for (const rule of missing)
				out.push({
					level: group.strength as Level,
					rule: `code:${rule.field}`,
					subject: rule.field,
					message: `A ${ctx.response.status} has no \`${rule.field}\`: ${rule.rule}`,
					source: rule.source,
					page: code.page,
				});
			continue;
		}
		out.push({
			level: 'Note',
			rule: `code:${group.rules.map((r) => r.field).join(',')}`,
			subject: missing.map((r) => r.field).join(', '),
			message: `${specCitation(group.source)} says ${group.strength} send ${names} when ${group.when}; the exchange cannot show whether that holds.`,
			source: group.source,
			page: code.page,
		});
	}
	return out;
}

/** What the code page's rules asked for, for "what was checked". */
export function statusRulesChecked(ctx: CheckContext): string[] {
	const code = ctx.data.codes[String(ctx.response.status)];
	if (!code) return [];
	return code.headers.map(
		(rule) =>
			`${rule.strength} \`${rule.field}\`${rule.when ? ` when ${rule.when}` : ''} (${specCitation(rule.source)}, from the ${ctx.response.status} page)`,
	);
}
