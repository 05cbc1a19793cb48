// The grammar of the fields the checker reads, each from its section of RFC 9110 or RFC 9111. A sender MUST NOT
// generate protocol elements that do not match the grammar (RFC 9110 section 2.2), so a mismatch is a MUST.
// Media types go through fast-content-type-parse. A URI reference is held to the characters and port RFC 3986
// allows; the platform's URL parser (what browsers follow) then only adds a Note, since it refuses some URI
// references RFC 3986 allows and forgives spaces and non-ASCII it does not. The list, challenge, date and
// directive grammars are small fixed ABNF that no maintained package checks as a sender's rule.
import contentType from 'fast-content-type-parse';
import type { MessageRuleId } from './message-rules.ts';

/** One grammar problem: the rule it breaks and why, in words. */
export interface SyntaxProblem {
	rule: MessageRuleId;
	reason: string;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const IMF_FIXDATE =
	/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850 = /^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \d{2}-[A-Z][a-z]{2}-\d{2} \d{2}:\d{2}:\d{2} GMT$/;
const ASCTIME = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) [A-Z][a-z]{2} ( \d|\d{2}) \d{2}:\d{2}:\d{2} \d{4}$/;
/** Characters a URI reference may hold (RFC 3986 section 2): unreserved, reserved and `%`. */
const URI_CHARS = /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*$/;

/** Why a value is not an IMF-fixdate, or undefined when it is one (RFC 9110 section 5.6.7). */
export function httpDateProblem(value: string): string | undefined {
	const m = IMF_FIXDATE.exec(value);
	if (!m) {
		if (RFC850.test(value) || ASCTIME.test(value))
			return `\`${value}\` is in an obsolete date format; a sender MUST use IMF-fixdate, e.g. \`Sun, 06 Nov 1994 08:49:37 GMT\`.`;
		return `\`${value}\` is not an HTTP-date such as \`Sun, 06 Nov 1994 08:49:37 GMT\` (day name, two-digit day, month, year, time, GMT).`;
	}
	const [, weekday, day, month, year, hour, minute, second] = m;
	const date = new Date(Date.UTC(Number(year), MONTHS.indexOf(month!), Number(day)));
	// IMF-fixdate's parts are RFC 5322's (RFC 9110 section 5.6.7), whose section 3.3 requires them to be
	// semantically valid: a day within its month, a time up to 23:59:60, and the day name the date implies.
	const rfc5322 = 'RFC 5322 section 3.3, which HTTP-date follows (RFC 9110 section 5.6.7)';
	if (date.getUTCDate() !== Number(day) || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 60)
		return `\`${value}\` names a day or time that does not exist; ${rfc5322}, requires a day within its month and a time from 00:00:00 to 23:59:60.`;
	const implied = DAYS[date.getUTCDay()]!;
	if (weekday !== implied)
		return `\`${value}\` names the wrong day of the week: that date is a ${implied}; ${rfc5322}, requires the day the date implies.`;
	return undefined;
}

/** Splits a comma-separated list, keeping commas inside quoted strings; undefined when a quote is left open. */
export function splitList(value: string): string[] | undefined {
	const out: string[] = [];
	let current = '';
	let quoted = false;
	for (let i = 0; i < value.length; i += 1) {
		const c = value[i]!;
		if (quoted && c === '\\') {
			current += c + (value[i + 1] ?? '');
			i += 1;
			continue;
		}
		if (c === '"') quoted = !quoted;
		if (c === ',' && !quoted) {
			out.push(current.trim());
			current = '';
			continue;
		}
		current += c;
	}
	if (quoted) return undefined;
	out.push(current.trim());
	return out;
}

/** Why an authority's port is not digits (RFC 3986 section 3.2.3), or undefined; the host is the URL parser's. */
function portProblem(value: string): string | undefined {
	const authority = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\/([^/?#]*)/.exec(value)?.[1];
	if (authority === undefined) return undefined;
	const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
	const close = hostPort.startsWith('[') ? hostPort.indexOf(']') : -1;
	if (hostPort.startsWith('[') && close === -1) return `\`${value}\` opens an IP literal with \`[\` and does not close it.`;
	const afterHost = hostPort.startsWith('[') ? hostPort.slice(close + 1) : hostPort.slice(Math.max(0, hostPort.indexOf(':')));
	if (afterHost === '' || !hostPort.includes(':') || /^:\d*$/.test(afterHost)) return undefined;
	return `\`${value}\` has a port that is not a number.`;
}

/** Why a value is not a URI reference, or undefined (RFC 3986 section 4.1). */
function uriProblem(value: string, allowFragment: boolean): string | undefined {
	if (!URI_CHARS.test(value)) {
		const bad = [...value].find((c) => !URI_CHARS.test(c))!;
		return `\`${value}\` holds ${bad === ' ' ? 'a space' : `\`${bad}\``}, which a URI cannot hold unencoded (percent-encode it).`;
	}
	if (/%(?![0-9A-Fa-f]{2})/.test(value)) return `\`${value}\` has a \`%\` that does not start a percent-encoding such as \`%20\`.`;
	if (!allowFragment && value.includes('#')) return `\`${value}\` has a fragment (\`#…\`), which this field cannot carry.`;
	return portProblem(value);
}

/**
 * Why the WHATWG URL parser (what browsers follow) refuses a value whose characters and port RFC 3986 allows, or
 * undefined. RFC 3986 allows hosts such as `1.2.3.256` (a reg-name), `[v1.fe]` and ports above 65535 that the
 * parser refuses, so this is a Note, not the grammar's MUST.
 */
function urlParserProblem(value: string): string | undefined {
	try {
		new URL(value, 'http://base.invalid/');
		return undefined;
	} catch {
		return `\`${value}\` matches RFC 3986, but the URL parser browsers use refuses it (its host or port), so a browser cannot follow it.`;
	}
}

/** The URI-reference check of Location or Content-Location: a grammar failure, else a parser refusal as a Note. */
const uriChecks =
	(syntaxRule: MessageRuleId, parserRule: MessageRuleId, allowFragment: boolean): Check =>
	(value) => {
		const reason = uriProblem(value, allowFragment);
		if (reason) return [{ rule: syntaxRule, reason }];
		const refused = urlParserProblem(value);
		return refused ? [{ rule: parserRule, reason: refused }] : [];
	};

/** Reads a quoted-string at `i`; returns the index after it, or -1. */
function quotedEnd(s: string, i: number): number {
	if (s[i] !== '"') return -1;
	for (let j = i + 1; j < s.length; j += 1) {
		if (s[j] === '\\') j += 1;
		else if (s[j] === '"') return j + 1;
	}
	return -1;
}

/** Reads a token at `i`; returns the index after it (i itself when there is none). */
function tokenEnd(s: string, i: number): number {
	let j = i;
	while (j < s.length && TOKEN.test(s[j]!)) j += 1;
	return j;
}

const skipOws = (s: string, i: number) => {
	let j = i;
	while (s[j] === ' ' || s[j] === '\t') j += 1;
	return j;
};

/** Whether an auth-param (token BWS "=") starts at `i`, as opposed to a new challenge's scheme. */
function authParamAt(s: string, i: number): boolean {
	const end = tokenEnd(s, i);
	if (end === i) return false;
	const eq = skipOws(s, end);
	if (s[eq] !== '=') return false;
	// `abc==` at the end or before a comma is a token68, not a parameter.
	let k = eq;
	while (s[k] === '=') k += 1;
	return k - eq === 1 && s[skipOws(s, k)] !== ',' && skipOws(s, k) < s.length;
}

/**
 * Why a value is not a list of challenges, or undefined (RFC 9110 sections 11.3 and 11.6.1):
 * `challenge = auth-scheme [ 1*SP ( token68 / #auth-param ) ]`.
 */
export function challengeProblem(value: string): string | undefined {
	const s = value;
	let i = 0;
	let count = 0;
	const at = (where: number) => (where >= s.length ? 'at the end' : `at \`${s.slice(where, where + 12)}\``);
	while (true) {
		while (s[i] === ',' || s[i] === ' ' || s[i] === '\t') i += 1;
		if (i >= s.length) break;
		const schemeEnd = tokenEnd(s, i);
		if (schemeEnd === i) return `expected an authentication scheme such as \`Bearer\` ${at(i)}.`;
		count += 1;
		i = schemeEnd;
		if (i >= s.length || s[skipOws(s, i)] === ',') continue;
		if (s[i] !== ' ') return `expected a space after the scheme ${at(i)}.`;
		i = skipOws(s, i);
		const t68 = /^[A-Za-z0-9\-._~+/]+=*/.exec(s.slice(i));
		if (t68 && !authParamAt(s, i)) {
			const after = skipOws(s, i + t68[0].length);
			if (after >= s.length || s[after] === ',') {
				i = after;
				continue;
			}
		}
		// One or more auth-params: name BWS "=" BWS ( token / quoted-string ), separated by commas.
		while (true) {
			const nameEnd = tokenEnd(s, i);
			if (nameEnd === i) return `expected a parameter such as \`realm="api"\` or a token68 ${at(i)}.`;
			let j = skipOws(s, nameEnd);
			if (s[j] !== '=') return `expected \`=\` after the parameter name \`${s.slice(i, nameEnd)}\` ${at(j)}.`;
			j = skipOws(s, j + 1);
			const valueEnd = s[j] === '"' ? quotedEnd(s, j) : tokenEnd(s, j);
			if (valueEnd === -1) return `the quoted value ${at(j)} is not closed.`;
			if (valueEnd === j) return `expected a value (a token or a quoted string) ${at(j)}.`;
			i = skipOws(s, valueEnd);
			if (i >= s.length) break;
			if (s[i] !== ',') return `expected a comma before ${at(i).replace(/^at /, '')}: values with spaces are quoted.`;
			let k = i;
			while (s[k] === ',' || s[k] === ' ' || s[k] === '\t') k += 1;
			if (k >= s.length) {
				i = k;
				break;
			}
			if (!authParamAt(s, k)) break;
			i = k;
		}
	}
	return count === 0 ? 'holds no challenge; it needs at least one, such as `Bearer realm="api"`.' : undefined;
}

/** Why a Cache-Control value breaks RFC 9111 section 5.2, as problems with the rule each breaks. */
function cacheControlProblems(value: string): SyntaxProblem[] {
	const items = splitList(value);
	if (!items) return [{ rule: 'syntax-cache-control', reason: 'a quoted argument is not closed.' }];
	const problems: SyntaxProblem[] = [];
	for (const item of items) {
		if (item === '') continue;
		if (/^[^"]*?(\s=|=\s)/.test(item)) {
			problems.push({ rule: 'syntax-cache-control', reason: `\`${item}\` has whitespace around \`=\`, which a directive cannot hold.` });
			continue;
		}
		const m = /^([^=\s]+)(?:=(.*))?$/.exec(item);
		const name = m?.[1] ?? item;
		const arg = m?.[2];
		const quoted = arg !== undefined && arg.startsWith('"');
		if (!m || !TOKEN.test(name) || (arg !== undefined && !(quoted ? quotedEnd(arg, 0) === arg.length : TOKEN.test(arg)))) {
			problems.push({
				rule: 'syntax-cache-control',
				reason: `\`${item}\` is not a directive (a token, or token=value with a token or quoted value).`,
			});
			continue;
		}
		const lower = name.toLowerCase();
		if (lower === 'max-age' || lower === 's-maxage') {
			const rule = lower === 'max-age' ? 'cache-control-max-age' : 'cache-control-s-maxage';
			if (quoted) problems.push({ rule, reason: `\`${item}\` quotes its seconds; write \`${name}=${arg.slice(1, -1)}\`.` });
			else if (arg === undefined || !/^\d+$/.test(arg)) problems.push({ rule, reason: `\`${item}\` needs a whole number of seconds.` });
		}
		if ((lower === 'no-cache' || lower === 'private') && arg !== undefined && !quoted)
			problems.push({
				rule: lower === 'no-cache' ? 'cache-control-no-cache' : 'cache-control-private',
				reason: `\`${item}\` names its fields as a token; write \`${name}="${arg}"\`.`,
			});
	}
	return problems;
}

/**
 * A Content-Range value's problems (RFC 9110 section 14.4): a grammar failure is a MUST (section 2.2); a range
 * that ends before it starts, or a length not above its last position, is only called "invalid" there, so a Note.
 */
function contentRangeProblems(value: string): SyntaxProblem[] {
	const m = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (?:(\d+)-(\d+)\/(\d+|\*)|\*\/(\d+))$/.exec(value);
	if (!m)
		return [
			{
				rule: 'syntax-content-range',
				reason: `\`${value}\` is not a unit and a range, such as \`bytes 0-1023/48213\` or \`bytes */48213\`.`,
			},
		];
	if (m[2] !== undefined) {
		const [first, last] = [Number(m[2]), Number(m[3])];
		if (last < first) return [{ rule: 'content-range-invalid', reason: `\`${value}\` ends before it starts, so it is invalid.` }];
		if (m[4] !== '*' && Number(m[4]) <= last)
			return [
				{
					rule: 'content-range-invalid',
					reason: `\`${value}\` has a complete length not greater than its last position, so it is invalid.`,
				},
			];
	}
	return [];
}

type Check = (value: string) => SyntaxProblem[];
const one =
	(rule: MessageRuleId, problem: (value: string) => string | undefined): Check =>
	(value) => {
		const reason = problem(value);
		return reason ? [{ rule, reason }] : [];
	};
const listOf = (rule: MessageRuleId, what: string, element: RegExp): Check =>
	one(rule, (value) => {
		if (value.trim() === '') return undefined;
		// Empty elements are the empty-list-element rule's.
		const items = value
			.split(',')
			.map((x) => x.trim())
			.filter((x) => x !== '');
		const bad = items.find((x) => !element.test(x));
		return bad === undefined ? undefined : `\`${bad}\` is not ${what}.`;
	});

/** The grammar check of each field the checker knows, by lowercase name. */
const CHECKS: Record<string, Check> = {
	date: one('http-date', httpDateProblem),
	'last-modified': one('http-date', httpDateProblem),
	expires: one('http-date', httpDateProblem),
	// An HTTP-date in any of its three formats matches Retry-After's grammar; IMF-fixdate only is 5.6.7's MUST.
	'retry-after': (v) => {
		if (/^\d+$/.test(v)) return [];
		if (!IMF_FIXDATE.test(v) && !RFC850.test(v) && !ASCTIME.test(v))
			return [{ rule: 'syntax-retry-after', reason: `\`${v}\` is neither a number of seconds nor an HTTP-date.` }];
		return one('http-date', httpDateProblem)(v);
	},
	location: uriChecks('syntax-location', 'url-parser-location', true),
	'content-location': uriChecks('syntax-content-location', 'url-parser-content-location', false),
	allow: listOf('syntax-allow', 'a method name (a token)', TOKEN),
	vary: one('syntax-vary', (v) => (v.trim() === '*' ? undefined : listOf('syntax-vary', 'a field name', TOKEN)(v)[0]?.reason)),
	'www-authenticate': one('syntax-www-authenticate', challengeProblem),
	'proxy-authenticate': one('syntax-proxy-authenticate', challengeProblem),
	'content-type': one('syntax-content-type', (v) => {
		try {
			contentType.parse(v);
			return undefined;
		} catch {
			return `\`${v}\` is not a media type such as \`application/json\` or \`text/html; charset=utf-8\`.`;
		}
	}),
	etag: one('syntax-etag', (v) =>
		/^(W\/)?"[\x21\x23-\x7E\x80-\uFFFF]*"$/.test(v)
			? undefined
			: `\`${v}\` is not an entity tag: it is quoted, as in \`"v41"\` or \`W/"v41"\`.`,
	),
	'content-range': contentRangeProblems,
	'cache-control': cacheControlProblems,
};

/** The list fields among them (RFC 9110 section 5.6.1), whose empty elements a sender MUST NOT generate. */
const LISTS = new Set(['allow', 'vary', 'cache-control', 'www-authenticate', 'proxy-authenticate']);

/** Quoted strings emptied, so commas, spaces and `=` inside them are not read as the list's or parameter's. */
const unquoted = (value: string) => value.replace(/"(?:[^"\\]|\\.)*"/g, '""');

/** An empty list element (RFC 9110 section 5.6.1.1): a leading or trailing comma, or two with only spaces between. */
function emptyElementProblem(value: string): SyntaxProblem | undefined {
	const s = unquoted(value);
	if (s.trim() === '' || !/^\s*,|,\s*,|,\s*$/.test(s)) return undefined;
	return { rule: 'empty-list-element', reason: `\`${value}\` has an empty list element: drop the extra comma.` };
}

/** Whitespace around an auth-param's `=`: the grammar allows it as BWS, which a sender MUST NOT generate (5.6.3). */
function bwsProblem(value: string): SyntaxProblem | undefined {
	if (!/[^\s,=]\s+=|=\s+[^\s,]/.test(unquoted(value))) return undefined;
	return { rule: 'bws', reason: `\`${value}\` has whitespace around a parameter's \`=\`; write \`name=value\`.` };
}

/** Grammar problems of one field's value; fields the checker does not know pass. */
export function fieldSyntaxProblems(name: string, value: string): SyntaxProblem[] {
	const lower = name.toLowerCase();
	const problems = CHECKS[lower]?.(value) ?? [];
	const empty = LISTS.has(lower) ? emptyElementProblem(value) : undefined;
	const challenge = lower === 'www-authenticate' || lower === 'proxy-authenticate';
	// BWS only matters once the value parses; a broken value gets its grammar finding alone.
	const bws = challenge && problems.length === 0 ? bwsProblem(value) : undefined;
	return [...problems, ...(empty ? [empty] : []), ...(bws ? [bws] : [])];
}
