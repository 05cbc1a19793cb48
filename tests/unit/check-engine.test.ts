// The checker's parser and helpers on what people paste: positioned errors, curl's several formats, HAR
// entries, the shared link and the masking of credentials.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkExchange } from '../../src/lib/check/check.ts';
import { challengeProblem, fieldSyntaxProblems, httpDateProblem } from '../../src/lib/check/field-syntax.ts';
import { MESSAGE_RULES } from '../../src/lib/check/message-rules.ts';
import { parseRequest, parseResponses } from '../../src/lib/check/parse-exchange.ts';
import { fromFragment, maskSecrets, toFragment } from '../../src/lib/check/share.ts';
import { ruleData } from './check-support.ts';

test('a line that is not a field line is named with its number and why', () => {
	const parsed = parseResponses('HTTP/1.1 200 OK\nDate: Thu, 03 Dec 2026 06:40:00 GMT\nContent-Type application/json\n');
	assert.equal(parsed.ok, false);
	if (parsed.ok) return;
	assert.equal(parsed.errors[0]!.line, 3);
	assert.match(parsed.errors[0]!.message, /line 3.*not a field line/);
});

test('a status line with a two-digit code is refused with its line', () => {
	const parsed = parseResponses('\n\nHTTP/1.1 20 OK\n');
	assert.equal(parsed.ok, false);
	if (!parsed.ok) assert.equal(parsed.errors[0]!.line, 3);
});

test('the parser never throws, whatever it is given', () => {
	const samples = [
		'',
		' ',
		'{',
		'{"log":',
		'{"log":{"entries":[1,null,{}]}}',
		':',
		'HTTP/',
		'< ',
		'> GET',
		'\u0000\uffff',
		'HTTP/1.1 200 OK\n\tfolded',
		'%%%',
	];
	for (let i = 0; i < 300; i += 1)
		samples.push(Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 128))).join(''));
	for (const s of samples) {
		assert.doesNotThrow(() => checkExchange(s, s, ruleData));
		assert.doesNotThrow(() => checkExchange(`HTTP/1.1 200 OK\n${s}`, '', ruleData));
	}
});

test('curl -v output pairs each response with the request before it', () => {
	const parsed = parseResponses(
		['> HEAD / HTTP/1.1', '> Host: example.com', '>', '< HTTP/1.1 200 OK', '< Content-Length: 10', '<', '* Connection #0 left intact'].join(
			'\n',
		),
	);
	assert.ok(parsed.ok && parsed.value.kind === 'http');
	if (!parsed.ok || parsed.value.kind !== 'http') return;
	assert.equal(parsed.value.responses.length, 1);
	assert.equal(parsed.value.responses[0]!.request?.method, 'HEAD');
	assert.deepEqual(parsed.value.responses[0]!.response.content, { kind: 'declared' });
});

test('curl -iL output gives one report per response, 1xx included', () => {
	const outcome = checkExchange(
		'HTTP/1.1 100 Continue\n\nHTTP/1.1 301 Moved Permanently\nLocation: /b\nContent-Length: 0\n\nHTTP/1.1 200 OK\nContent-Length: 0\n',
		'',
		ruleData,
	);
	assert.equal(outcome.kind, 'reports');
	if (outcome.kind === 'reports')
		assert.deepEqual(
			outcome.reports.map((r) => r.status),
			[100, 301, 200],
		);
});

test('a HEAD request given in the request field follows a redirect chain', () => {
	const outcome = checkExchange(
		'HTTP/1.1 301 Moved\nDate: Thu, 03 Dec 2026 06:40:00 GMT\nLocation: /b\n\nHTTP/1.1 200 OK\nDate: Thu, 03 Dec 2026 06:40:00 GMT\nContent-Length: 10\n',
		'HEAD /a HTTP/1.1\nHost: x\n',
		ruleData,
	);
	assert.ok(outcome.kind === 'reports');
	if (outcome.kind === 'reports')
		assert.deepEqual(
			outcome.reports.map((r) => r.method),
			['HEAD', 'HEAD'],
		);
});

test('a HAR file offers its entries, and each is checked on its own', () => {
	const har = JSON.stringify({
		log: {
			entries: [
				{
					request: { method: 'GET', url: 'https://x/a', headers: [] },
					response: { status: 200, httpVersion: 'h2', headers: [], content: { size: 0 } },
				},
				{ request: { method: 'GET', url: 'https://x/b', headers: [] }, response: { status: 0, headers: [] } },
				{
					request: { method: 'POST', url: 'https://x/c', headers: [] },
					response: { status: 405, httpVersion: 'h2', headers: [], content: { size: 0 } },
				},
			],
		},
	});
	const picker = checkExchange(har, '', ruleData);
	assert.equal(picker.kind, 'har');
	if (picker.kind === 'har')
		assert.deepEqual(
			picker.entries.map((e) => e.label),
			['GET https://x/a → 200', 'POST https://x/c → 405'],
		);
	const second = checkExchange(har, '', ruleData, 1);
	assert.ok(second.kind === 'reports' && second.reports[0]!.findings.some((f) => f.rule === 'code:Allow'));
});

test('invalid JSON in a HAR file is reported with its line', () => {
	for (const [json, line] of [
		['{\n "log": {\n  "entries": [,]\n }\n}', 3],
		['{\n "log": {\n  "entries": [\n   {"request": {}}\n   {"request": {}}\n  ]\n }\n}', 5],
		['{\n "log": {', 2],
	] as const) {
		const parsed = parseResponses(json);
		assert.equal(parsed.ok, false);
		if (!parsed.ok) assert.equal(parsed.errors[0]!.line, line, parsed.errors[0]!.message);
	}
});

test('a request pasted as HTTP/2 pseudo-fields is read', () => {
	const parsed = parseRequest(':authority: example.com\n:method: POST\n:path: /orders\n:scheme: https\ncontent-type: application/json\n');
	assert.ok(parsed.ok);
	if (parsed.ok) assert.deepEqual([parsed.value.method, parsed.value.target, parsed.value.fields.length], ['POST', '/orders', 1]);
});

test('HTTP-date accepts IMF-fixdate only, and a day that exists', () => {
	assert.equal(httpDateProblem('Sun, 06 Nov 1994 08:49:37 GMT'), undefined);
	assert.match(httpDateProblem('Sunday, 06-Nov-94 08:49:37 GMT') ?? '', /obsolete/);
	assert.match(httpDateProblem('Sun Nov  6 08:49:37 1994') ?? '', /obsolete/);
	assert.match(httpDateProblem('Mon, 31 Feb 2026 08:49:37 GMT') ?? '', /does not exist.*RFC 5322 section 3\.3/);
	assert.match(httpDateProblem('Mon, 06 Nov 1994 08:49:37 GMT') ?? '', /wrong day of the week: that date is a Sun.*RFC 5322 section 3\.3/);
});

test('content in a 1xx, 204 or 304 is a Note citing RFC 9110 6.4.1, which holds for every HTTP version', () => {
	assert.deepEqual(MESSAGE_RULES['no-content-status'].source, { document: 'RFC 9110', section: '6.4.1' });
});

test('a grammar rule says its MUST comes from RFC 9110 section 2.2', () => {
	const grammar = Object.entries(MESSAGE_RULES).filter(
		([id]) => id.startsWith('syntax-') || id === 'space-before-colon' || id === 'content-length-syntax',
	);
	assert.ok(grammar.length >= 12);
	for (const [id, rule] of grammar) assert.match(rule.says, /MUST per RFC 9110 2\.2/, id);
});

test('a Location RFC 3986 allows but the URL parser refuses is a Note; a port that is not digits is the grammar MUST', () => {
	for (const value of ['http://1.2.3.256/', 'http://[v1.fe]/', 'http://example.com:65536/'])
		assert.deepEqual(
			fieldSyntaxProblems('Location', value).map((p) => p.rule),
			['url-parser-location'],
			value,
		);
	assert.deepEqual(
		fieldSyntaxProblems('Location', 'https://api.example.com:port/').map((p) => p.rule),
		['syntax-location'],
	);
	assert.deepEqual(
		fieldSyntaxProblems('Location', 'http://[::1/').map((p) => p.rule),
		['syntax-location'],
	);
});

test('challenges: valid ones pass, broken ones say where', () => {
	for (const ok of [
		'Bearer realm="api", error="invalid_token"',
		'Bearer realm="api", error="invalid_token", error_description="The access token expired"',
		'Basic realm="x", charset="UTF-8", Bearer',
		'Negotiate abc123==',
		'Newauth realm="apps", type=1, title="Login to \\"apps\\"", Basic realm="simple"',
		'Bearer',
	])
		assert.equal(challengeProblem(ok), undefined, ok);
	for (const bad of ['', 'Bearer error=invalid token', 'Bearer realm="api', 'Basic realm="x" charset="y"', '"Bearer"'])
		assert.ok(challengeProblem(bad), bad);
});

test('a shared link carries both fields, percent-encoded, and reads back', () => {
	const inputs = { response: 'HTTP/1.1 404 Not Found\r\nX: a&b=c#d\n\né', request: 'GET /?q=1 HTTP/1.1\n' };
	const fragment = toFragment(inputs);
	assert.match(fragment, /^response=[^&#]*&request=[^&#]*$/);
	assert.deepEqual(fromFragment(`#${fragment}`), inputs);
	assert.equal(fromFragment('#other=1'), undefined);
	assert.deepEqual(fromFragment('#response=%E0%A4%A&request=x'), undefined);
});

test('masking hides credentials in HTTP text and in HAR files, keeping the scheme', () => {
	const text = 'GET / HTTP/1.1\nAuthorization: Bearer secret-token\nCookie: sid=abc\n> Proxy-Authorization: Basic dXNlcjpwYXNz\n';
	const masked = maskSecrets(text);
	assert.doesNotMatch(masked, /secret-token|sid=abc|dXNlcjpwYXNz/);
	assert.match(masked, /Authorization: Bearer \[masked\]/);
	const har = JSON.stringify({
		log: { entries: [{ response: { headers: [{ name: 'set-cookie', value: 'sid=abc' }], cookies: [{ name: 'sid', value: 'abc' }] } }] },
	});
	assert.doesNotMatch(maskSecrets(har), /abc/);
});

test('every message rule cites a section, at a level the spec uses', () => {
	for (const [id, rule] of Object.entries(MESSAGE_RULES)) {
		assert.ok(rule.source.section, `${id} has no section`);
		assert.ok(['MUST', 'SHOULD', 'Note'].includes(rule.level), id);
	}
});

test('fields pasted without their status line are refused with a way to fix it', () => {
	const parsed = parseResponses('content-type: text/html\ndate: Thu, 03 Dec 2026 06:40:00 GMT\n');
	assert.equal(parsed.ok, false);
	if (!parsed.ok) assert.match(parsed.errors[0]!.message, /line 1.*add it above, e\.g\. `HTTP\/2 200`/);
});

test('a curl command in the request field is refused with where to find the request', () => {
	const parsed = parseRequest('$ curl -X POST https://api.example.com/orders\n');
	assert.equal(parsed.ok, false);
	if (!parsed.ok) assert.match(parsed.errors[0]!.message, /line 1 is a curl command/);
});

test('a header rule added to a code page is checked at once, and a condition the exchange cannot show gives a Note', () => {
	const rule = (when?: string) => ({
		field: 'X-Reason',
		strength: 'SHOULD',
		rule: 'Says why.',
		source: { document: 'RFC 9110', section: '15.5.5' },
		when,
	});
	const data = (when?: string) => ({
		...ruleData,
		codes: { ...ruleData.codes, '404': { ...ruleData.codes['404']!, headers: [rule(when)] } },
	});
	const response = 'HTTP/1.1 404 Not Found\nDate: Thu, 03 Dec 2026 06:40:00 GMT\nContent-Type: text/plain\nContent-Length: 4\n\ngone\n';
	const findings = (when?: string) => {
		const outcome = checkExchange(response, '', data(when));
		return outcome.kind === 'reports' ? outcome.reports[0]!.findings.map((f) => `${f.level} ${f.rule}`) : [];
	};
	assert.deepEqual(findings(), ['SHOULD code:X-Reason']);
	assert.deepEqual(findings('the moon is full'), ['Note code:X-Reason']);
});
