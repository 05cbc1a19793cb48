// The message-level checks: each looks at one response (and its request, when known) and reports findings
// under a rule of message-rules.ts, whose level and section it takes from there.
import type { Field, Finding, ParsedRequest, ParsedResponse } from './findings.ts';
import { fieldSyntaxProblems } from './field-syntax.ts';
import { MESSAGE_RULES, type MessageRuleId } from './message-rules.ts';
import type { RuleData } from './rule-data.ts';

/** What a check sees: the response, its request when known, and the site's data on codes. */
export interface CheckContext {
	response: ParsedResponse;
	request?: ParsedRequest | undefined;
	/** The request's method when known, else undefined (judged as GET would be). */
	method?: string | undefined;
	/** The responses pasted before this one that answer the same request (its 1xx so far), when known. */
	earlier?: readonly ParsedResponse[] | undefined;
	data: RuleData;
}

/** A finding under a message rule, quoting `field` when it is about one. */
export function finding(rule: MessageRuleId, message: string, field?: Pick<Field, 'raw' | 'line'>, page?: string): Finding {
	const { level, subject, source } = MESSAGE_RULES[rule];
	return { level, rule, subject, message, quote: field?.raw, line: field?.line, source, page };
}

/** Every field line with this name, whatever its case. */
export const fieldsNamed = (fields: readonly Field[], name: string) => fields.filter((f) => f.name.toLowerCase() === name.toLowerCase());
/** The first field line with this name. */
export const fieldNamed = (fields: readonly Field[], name: string) => fieldsNamed(fields, name)[0];

/** Fields whose grammar is a single value, so a second line is an error (RFC 9110 section 5.3). */
const SINGLETONS = [
	'content-type',
	'content-location',
	'location',
	'date',
	'retry-after',
	'etag',
	'last-modified',
	'expires',
	'age',
	'content-range',
];

const statusQuote = (r: ParsedResponse) => ({ raw: r.statusLine, line: r.line });
const classOf = (status: number) => Math.floor(status / 100);

/** The status code itself: range, registry status, numbers outside the registry. */
function statusChecks({ response, data }: CheckContext): Finding[] {
	const { status } = response;
	if (status < 100 || status > 599)
		return [finding('status-range', `${status} is not a valid status code; a client treats it as a 5xx.`, statusQuote(response))];
	if (data.codes[String(status)]) return [];
	const x00 = classOf(status) * 100;
	const vendor = data.unregistered[String(status)];
	if (vendor)
		return [
			finding(
				'unregistered',
				`${status} is not in the IANA registry: ${vendor.title}, sent by ${vendor.vendors.join(', ')}. Clients that do not know it treat it as ${x00}.`,
				statusQuote(response),
				vendor.page,
			),
		];
	return [finding('unregistered', `${status} is not in the IANA registry; clients treat it as ${x00}.`, statusQuote(response))];
}

/** Field lines: whitespace before the colon, folding, singletons repeated, and each known field's grammar. */
function fieldLineChecks({ response }: CheckContext): Finding[] {
	const out: Finding[] = [];
	const seen = new Map<string, number>();
	for (const field of response.fields) {
		const lower = field.name.toLowerCase();
		if (field.spaceBeforeColon) out.push(finding('space-before-colon', `\`${field.name}\` has whitespace before its colon.`, field));
		if (field.folded) out.push(finding('obs-fold', `\`${field.name}\` continues on a folded line.`, field));
		seen.set(lower, (seen.get(lower) ?? 0) + 1);
		if (SINGLETONS.includes(lower) && seen.get(lower) === 2)
			out.push(finding('singleton-repeated', `\`${field.name}\` is sent more than once; it holds a single value.`, field));
		if (lower === 'content-length') continue;
		for (const problem of fieldSyntaxProblems(field.name, field.value)) out.push(finding(problem.rule, problem.reason, field));
	}
	return out;
}

/** Date where RFC 9110 section 6.6.1 requires it: 2xx, 3xx and 4xx (1xx and 5xx only MAY). */
function dateChecks({ response, method }: CheckContext): Finding[] {
	const c = classOf(response.status);
	// The rule binds "an origin server with a clock"; a proxy's answer to CONNECT (curl through a proxy prints it
	// first) is not one, nor is a 407, which a proxy sends (RFC 9110 section 15.5.8).
	const fromProxy = method === 'CONNECT' || response.status === 407;
	if (c < 2 || c > 4 || fromProxy || fieldNamed(response.fields, 'Date')) return [];
	return [finding('date-required', `A ${response.status} response has no \`Date\`.`)];
}

/** UTF-8 length of a string. */
const bytes = (text: string) => new TextEncoder().encode(text).length;

/** The lengths the pasted content can have had: with or without its last line end, with LF or CRLF line ends. */
function candidateLengths(text: string): number[] {
	const variants = [text, text.replace(/\r?\n$/, ''), `${text}\n`];
	return [...new Set(variants.flatMap((v) => [bytes(v), bytes(v.replace(/\r?\n/g, '\r\n')), bytes(v.replace(/\r\n/g, '\n'))]))];
}

/** Content and its framing: where content may not be, Content-Length and Transfer-Encoding, Content-Type, explanations. */
function contentChecks({ response, method }: CheckContext): Finding[] {
	const out: Finding[] = [];
	const { status, content, fields } = response;
	const head = method === 'HEAD';
	const noContentStatus = classOf(status) === 1 || status === 204 || status === 304;
	const lengths = fieldsNamed(fields, 'Content-Length');
	const te = fieldNamed(fields, 'Transfer-Encoding');
	const pasted = content.kind === 'pasted';
	const contentFirst = pasted ? { raw: content.text.trim().split('\n')[0]!, line: content.line } : undefined;

	if (pasted && noContentStatus)
		out.push(finding('no-content-status', `A ${status} ends with its header section, so these lines cannot be its content.`, contentFirst));
	else if (pasted && head) out.push(finding('no-content-head', 'This response to HEAD carries content.', contentFirst));
	// A chunked 205 with nothing pasted may be zero-length content (RFC 9110 section 6.4.1), which 15.3.6 allows.
	const positiveLength = lengths.find((f) => /^\d+$/.test(f.value) && Number(f.value) > 0);
	if (status === 205 && (pasted || positiveLength))
		out.push(finding('no-content-205', 'This 205 carries content.', contentFirst ?? positiveLength));

	const connect2xx = method === 'CONNECT' && classOf(status) === 2;
	if (classOf(status) === 1 || status === 204 || connect2xx)
		for (const f of lengths)
			out.push(finding('content-length-status', `A ${status}${connect2xx ? ' to CONNECT' : ''} has \`Content-Length\`.`, f));
	if (te && (classOf(status) === 1 || status === 204 || connect2xx))
		out.push(finding('transfer-encoding-status', `A ${status}${connect2xx ? ' to CONNECT' : ''} has \`Transfer-Encoding\`.`, te));
	if (te && lengths.length > 0)
		out.push(finding('content-length-with-transfer-encoding', 'Both `Content-Length` and `Transfer-Encoding` are sent.', lengths[0]));

	const values = lengths.map((f) => f.value);
	const badLength = lengths.find((f) => !/^\d+$/.test(f.value));
	if (badLength) out.push(finding('content-length-syntax', `\`${badLength.value}\` is not one decimal number.`, badLength));
	else if (new Set(values).size > 1)
		out.push(finding('content-length-syntax', `The \`Content-Length\` lines differ: ${values.join(', ')}.`, lengths[1]));
	else if (lengths.length > 1)
		out.push(finding('singleton-repeated', '`Content-Length` is sent more than once; it holds a single value.', lengths[1]));

	const declared = lengths.length === 1 && !badLength ? Number(values[0]) : undefined;
	const coded = fieldNamed(fields, 'Content-Encoding');
	if (declared !== undefined && pasted && !content.decoded && !te && !coded && !head && !noContentStatus) {
		const actual = candidateLengths(content.text);
		if (!actual.includes(declared))
			out.push(
				finding(
					'content-length-match',
					`\`Content-Length\` says ${declared} bytes, the content pasted has ${Math.min(...actual)}: a recipient reads ${declared} bytes as the content (RFC 9112 section 6.3), and a sender MUST NOT forward a value it knows is incorrect (RFC 9110 section 8.6).`,
					lengths[0],
				),
			);
	}

	// A chunked 205 with nothing pasted is taken as zero-length, as above: it has no content to type.
	const empty205 = status === 205 && !pasted && !positiveLength;
	const hasContent = !head && !noContentStatus && !empty205 && content.kind !== 'none';
	if (hasContent && !fieldNamed(fields, 'Content-Type'))
		out.push(finding('content-type-present', `This ${status} has content but no \`Content-Type\`.`));
	if (!head && content.kind === 'none' && (classOf(status) === 4 || classOf(status) === 5))
		out.push(finding(classOf(status) === 4 ? 'explanation-4xx' : 'explanation-5xx', `This ${status} has no content explaining the error.`));

	const type = fieldNamed(fields, 'Content-Type')?.value.toLowerCase() ?? '';
	if (pasted && /^application\/problem\+json\b/.test(type)) {
		try {
			const problem = JSON.parse(content.text) as { status?: unknown };
			if (typeof problem.status === 'number' && problem.status !== status)
				out.push(
					finding('problem-status', `The problem details say \`"status": ${problem.status}\`, the response is ${status}.`, contentFirst),
				);
		} catch {
			// Content that is not JSON is a matter for its own media type, not a rule here.
		}
	}
	return out;
}

/** Rules that need the request: 206 without Range, 304 to an unconditional or non-GET request (201's `Location` after POST is 201's own rule). */
function requestChecks({ response, request }: CheckContext): Finding[] {
	if (!request) return [];
	const out: Finding[] = [];
	const { status } = response;
	const has = (name: string) => fieldNamed(request.fields, name) !== undefined;
	if (status === 206 && !has('Range')) out.push(finding('partial-without-range', 'This 206 answers a request that has no `Range`.'));
	if (status === 304) {
		const conditional = ['If-None-Match', 'If-Modified-Since', 'If-Match', 'If-Unmodified-Since', 'If-Range'].some(has);
		if (!conditional) out.push(finding('not-modified-unconditional', 'This 304 answers a request with no condition.'));
		else if (has('If-None-Match') && request.method !== 'GET' && request.method !== 'HEAD')
			out.push(
				finding(
					'not-modified-method',
					`This 304 answers ${request.method} with If-None-Match; a failed condition there gets 412.`,
					statusQuote(response),
				),
			);
	}
	return out;
}

/** Every message-level check, in the order the page lists their findings. */
export const MESSAGE_CHECKS = [statusChecks, fieldLineChecks, dateChecks, contentChecks, requestChecks];
