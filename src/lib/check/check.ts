// The checker's entry point: parses the inputs and judges every response they hold, message rules first, then
// the rules of the response's code. Pure: no DOM, no astro:*, so the page's script and Node's tests share it.
import type { ParseError, ParsedRequest, ParsedResponse, ResponseReport } from './findings.ts';
import { MESSAGE_CHECKS, type CheckContext } from './message-checks.ts';
import { MESSAGE_RULES } from './message-rules.ts';
import { parseRequest, parseResponses, type ResponseInContext } from './parse-exchange.ts';
import type { HarEntry } from './parse-har.ts';
import type { RuleData } from './rule-data.ts';
import { statusRuleFindings, statusRulesChecked } from './status-rules.ts';
import { specCitation } from '../spec.ts';

/** The outcome of a check: reports per response, a HAR file's entries to pick from, or what could not be read. */
export type CheckOutcome =
	| { kind: 'reports'; reports: ResponseReport[] }
	| { kind: 'har'; entries: HarEntry[] }
	| { kind: 'errors'; field: 'response' | 'request'; errors: ParseError[] };

/** The rules that need the request: without one they are not checked, so not listed as checked. */
const REQUEST_RULES = new Set(['partial-without-range', 'not-modified-unconditional', 'not-modified-method']);

/** Judges parsed responses; the given request answers the first final response (and the 1xx before it). */
export function checkResponses(responses: readonly ResponseInContext[], data: RuleData, given?: ParsedRequest): ResponseReport[] {
	let final = false;
	// The responses so far to the request being answered: its 1xx, for rules that depend on which 1xx came first.
	let earlier: ParsedResponse[] = [];
	return responses.map(({ response, request: pasted }, i) => {
		// A proxy's answer to curl's CONNECT comes first when curl goes through one: a tunnel, not the response asked for.
		const tunnel = i < responses.length - 1 && response.status === 200 && /^connection established$/i.test(response.reason.trim());
		// After the first final response (a redirect followed by curl -L), only a HEAD stays a HEAD.
		const request = tunnel ? undefined : (pasted ?? (final ? undefined : given));
		const method = tunnel ? 'CONNECT' : (request?.method ?? (given?.method === 'HEAD' ? 'HEAD' : undefined));
		if (response.status >= 200 && !tunnel) final = true;
		const report = judge({ response, request, method, data, earlier: tunnel ? [] : earlier });
		earlier = response.status >= 200 ? [] : [...earlier, response];
		return report;
	});
}

/** One response's report. */
function judge(ctx: CheckContext): ResponseReport {
	const { response, request, method } = ctx;
	const findings = [...MESSAGE_CHECKS.flatMap((check) => check(ctx)), ...statusRuleFindings(ctx)];
	const checked = [
		...Object.entries(MESSAGE_RULES)
			.filter(([id]) => request !== undefined || !REQUEST_RULES.has(id))
			.map(([, rule]) => rule)
			.filter((rule, i, all) => all.findIndex((r) => r.says === rule.says) === i)
			.map((rule) => `${rule.level} ${rule.says} (${specCitation(rule.source)})`),
		...statusRulesChecked(ctx),
	];
	return { status: response.status, statusLine: response.statusLine, line: response.line, method, findings, checked };
}

/** Parses and checks the two fields as the page holds them; never throws. */
export function checkExchange(responseText: string, requestText: string, data: RuleData, harEntry?: number): CheckOutcome {
	let given: ParsedRequest | undefined;
	if (requestText.trim() !== '') {
		const request = parseRequest(requestText);
		if (!request.ok) return { kind: 'errors', field: 'request', errors: request.errors };
		given = request.value;
	}
	const parsed = parseResponses(responseText);
	if (!parsed.ok) return { kind: 'errors', field: 'response', errors: parsed.errors };
	if (parsed.value.kind === 'har') {
		const entry = harEntry === undefined ? undefined : parsed.value.entries[harEntry];
		if (!entry) return { kind: 'har', entries: parsed.value.entries };
		return { kind: 'reports', reports: checkResponses([{ response: entry.response, request: entry.request }], data) };
	}
	return { kind: 'reports', reports: checkResponses(parsed.value.responses, data, given) };
}
