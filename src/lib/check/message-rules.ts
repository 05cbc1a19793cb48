// Every message-level rule the checker applies (rules not tied to one status code), with its level exactly as
// the spec states it and the section that states it. The checks (message-checks.ts, field-syntax.ts) name a
// rule by its id and take its level and source from here only; a check with no section here is not a rule.
// Rules tied to one code (its header rules, its registry status) come from that code's frontmatter instead.
import type { Level } from './findings.ts';
import type { Spec } from '../spec.ts';

/** A message-level rule: what it requires, how strongly, and where the spec says so. */
export interface MessageRule {
	level: Level;
	/** The field or topic, e.g. `Content-Length`. */
	subject: string;
	/** What the spec requires, in a few words (shown in "what was checked"). */
	says: string;
	source: Spec;
}

const rfc9110 = (section: string): Spec => ({ document: 'RFC 9110', section });
const rfc9111 = (section: string): Spec => ({ document: 'RFC 9111', section });
const rfc9112 = (section: string): Spec => ({ document: 'RFC 9112', section });

/** The message-level rules by id. */
export const MESSAGE_RULES = {
	// Status line
	'status-range': { level: 'Note', subject: 'Status code', says: 'status codes outside 100–599 are invalid', source: rfc9110('15') },
	unregistered: {
		level: 'Note',
		subject: 'Status code',
		says: 'a client treats an unregistered code as the x00 of its class',
		source: rfc9110('15'),
	},
	// Date
	'date-required': {
		level: 'MUST',
		subject: 'Date',
		says: "an origin server with a clock sends Date in every 2xx, 3xx and 4xx response (not checked on a proxy's 407 or answer to CONNECT)",
		source: rfc9110('6.6.1'),
	},
	'http-date': { level: 'MUST', subject: 'HTTP-date', says: 'timestamps are sent in the IMF-fixdate format', source: rfc9110('5.6.7') },
	// Content and its framing
	'no-content-status': {
		level: 'Note',
		subject: 'Content',
		says: '1xx, 204 and 304 responses do not include content',
		source: rfc9110('6.4.1'),
	},
	'no-content-205': { level: 'MUST', subject: 'Content', says: 'a server does not send content in a 205', source: rfc9110('15.3.6') },
	'no-content-head': { level: 'MUST', subject: 'Content', says: 'a response to HEAD carries no content', source: rfc9110('9.3.2') },
	'content-length-status': {
		level: 'MUST',
		subject: 'Content-Length',
		says: 'no Content-Length in a 1xx or 204 response, or in a 2xx to CONNECT',
		source: rfc9110('8.6'),
	},
	'transfer-encoding-status': {
		level: 'MUST',
		subject: 'Transfer-Encoding',
		says: 'no Transfer-Encoding in a 1xx or 204 response, or in a 2xx to CONNECT',
		source: rfc9112('6.1'),
	},
	'content-length-with-transfer-encoding': {
		level: 'MUST',
		subject: 'Content-Length',
		says: 'no Content-Length in a message that has Transfer-Encoding',
		source: rfc9112('6.2'),
	},
	'content-length-syntax': {
		level: 'MUST',
		subject: 'Content-Length',
		says: 'Content-Length is one decimal number (not a list, not differing values) (grammar in RFC 9110 8.6; MUST per RFC 9110 2.2)',
		source: rfc9110('8.6'),
	},
	// RFC 9110 section 8.6 makes a wrong value a MUST only for 304s and for a sender forwarding it; for an origin it
	// is a framing fault (the recipient reads that many octets, RFC 9112 section 6.3), so a Note.
	'content-length-match': {
		level: 'Note',
		subject: 'Content-Length',
		says: 'a recipient reads as many octets as Content-Length says (RFC 9112 6.3); a sender MUST NOT forward a value known to be incorrect',
		source: rfc9110('8.6'),
	},
	'content-type-present': {
		level: 'SHOULD',
		subject: 'Content-Type',
		says: 'a message with content says its media type',
		source: rfc9110('8.3'),
	},
	'explanation-4xx': {
		level: 'SHOULD',
		subject: 'Content',
		says: 'a 4xx (except to HEAD) explains the error in its content',
		source: rfc9110('15.5'),
	},
	'explanation-5xx': {
		level: 'SHOULD',
		subject: 'Content',
		says: 'a 5xx (except to HEAD) explains the error in its content',
		source: rfc9110('15.6'),
	},
	'problem-status': {
		level: 'MUST',
		subject: 'Problem details',
		says: 'a problem details `status` member equals the response status',
		source: { document: 'RFC 9457', section: '3.1.2' },
	},
	// Field lines
	'singleton-repeated': {
		level: 'MUST',
		subject: 'Field lines',
		says: 'a field that is not a list is sent on one line only',
		source: rfc9110('5.3'),
	},
	'space-before-colon': {
		level: 'MUST',
		subject: 'Field lines',
		says: 'no whitespace between a field name and its colon (grammar in RFC 9112 5.1; MUST per RFC 9110 2.2)',
		source: rfc9112('5.1'),
	},
	'obs-fold': { level: 'MUST', subject: 'Field lines', says: 'no field value folded over several lines', source: rfc9112('5.2') },
	'empty-list-element': {
		level: 'MUST',
		subject: 'Field lines',
		says: 'a sender generates no empty list elements (`a, , b`, or a leading or trailing comma)',
		source: rfc9110('5.6.1.1'),
	},
	bws: {
		level: 'MUST',
		subject: 'Field lines',
		says: 'a sender generates no whitespace where the grammar allows it only as BWS, such as around `=` in an auth-param',
		source: rfc9110('5.6.3'),
	},
	// Field syntax: a sender MUST NOT generate protocol elements that do not match the grammar (RFC 9110 section 2.2).
	'syntax-location': {
		level: 'MUST',
		subject: 'Location',
		says: 'Location is a URI reference (grammar in RFC 9110 10.2.2; MUST per RFC 9110 2.2)',
		source: rfc9110('10.2.2'),
	},
	// RFC 3986 allows some URI references (an IPv4-looking host above 255, an IPvFuture host, a port above 65535)
	// that the URL parser browsers use refuses: not a grammar failure, so a Note.
	'url-parser-location': {
		level: 'Note',
		subject: 'Location',
		says: 'browsers parse Location with the WHATWG URL parser, which refuses some URI references RFC 3986 allows',
		source: rfc9110('10.2.2'),
	},
	'url-parser-content-location': {
		level: 'Note',
		subject: 'Content-Location',
		says: 'the WHATWG URL parser refuses some URI references RFC 3986 allows',
		source: rfc9110('8.7'),
	},
	'syntax-content-location': {
		level: 'MUST',
		subject: 'Content-Location',
		says: 'Content-Location is an absolute or partial URI (grammar in RFC 9110 8.7; MUST per RFC 9110 2.2)',
		source: rfc9110('8.7'),
	},
	'syntax-retry-after': {
		level: 'MUST',
		subject: 'Retry-After',
		says: 'Retry-After is an HTTP-date or a number of seconds (grammar in RFC 9110 10.2.3; MUST per RFC 9110 2.2)',
		source: rfc9110('10.2.3'),
	},
	'syntax-allow': {
		level: 'MUST',
		subject: 'Allow',
		says: 'Allow is a comma-separated list of methods (grammar in RFC 9110 10.2.1; MUST per RFC 9110 2.2)',
		source: rfc9110('10.2.1'),
	},
	'syntax-www-authenticate': {
		level: 'MUST',
		subject: 'WWW-Authenticate',
		says: 'WWW-Authenticate is a list of challenges: a scheme, then a token68 or name=value parameters (grammar in RFC 9110 11.6.1; MUST per RFC 9110 2.2)',
		source: rfc9110('11.6.1'),
	},
	'syntax-proxy-authenticate': {
		level: 'MUST',
		subject: 'Proxy-Authenticate',
		says: 'Proxy-Authenticate is a list of challenges: a scheme, then a token68 or name=value parameters (grammar in RFC 9110 11.7.1; MUST per RFC 9110 2.2)',
		source: rfc9110('11.7.1'),
	},
	'syntax-content-type': {
		level: 'MUST',
		subject: 'Content-Type',
		says: 'Content-Type is a media type, type/subtype with parameters (grammar in RFC 9110 8.3.1; MUST per RFC 9110 2.2)',
		source: rfc9110('8.3.1'),
	},
	'syntax-etag': {
		level: 'MUST',
		subject: 'ETag',
		says: 'ETag is a quoted entity tag, optionally W/ before it (grammar in RFC 9110 8.8.3; MUST per RFC 9110 2.2)',
		source: rfc9110('8.8.3'),
	},
	'syntax-content-range': {
		level: 'MUST',
		subject: 'Content-Range',
		says: 'Content-Range is a unit, then first-last/length or */length (grammar in RFC 9110 14.4; MUST per RFC 9110 2.2)',
		source: rfc9110('14.4'),
	},
	'content-range-invalid': {
		level: 'Note',
		subject: 'Content-Range',
		says: 'a range whose last position is below its first, or a complete length not above the last position, is invalid (no requirement keyword)',
		source: rfc9110('14.4'),
	},
	'syntax-vary': {
		level: 'MUST',
		subject: 'Vary',
		says: 'Vary is * or a list of field names (grammar in RFC 9110 12.5.5; MUST per RFC 9110 2.2)',
		source: rfc9110('12.5.5'),
	},
	'syntax-cache-control': {
		level: 'MUST',
		subject: 'Cache-Control',
		says: 'Cache-Control is a list of directives, token or token=value (grammar in RFC 9111 5.2; MUST per RFC 9110 2.2)',
		source: rfc9111('5.2'),
	},
	'cache-control-max-age': {
		level: 'MUST',
		subject: 'Cache-Control',
		says: 'max-age takes seconds in token form, never quoted',
		source: rfc9111('5.2.2.1'),
	},
	'cache-control-s-maxage': {
		level: 'MUST',
		subject: 'Cache-Control',
		says: 's-maxage takes seconds in token form, never quoted',
		source: rfc9111('5.2.2.10'),
	},
	'cache-control-no-cache': {
		level: 'SHOULD',
		subject: 'Cache-Control',
		says: 'no-cache names fields in quoted form, not as a token',
		source: rfc9111('5.2.2.4'),
	},
	'cache-control-private': {
		level: 'SHOULD',
		subject: 'Cache-Control',
		says: 'private names fields in quoted form, not as a token',
		source: rfc9111('5.2.2.7'),
	},
	// Rules that need the request
	'partial-without-range': { level: 'Note', subject: 'Range', says: 'a 206 answers a range request', source: rfc9110('15.3.7') },
	'not-modified-unconditional': {
		level: 'Note',
		subject: 'Conditional request',
		says: 'a 304 answers a conditional GET or HEAD',
		source: rfc9110('15.4.5'),
	},
	'not-modified-method': {
		level: 'MUST',
		subject: 'If-None-Match',
		says: 'a failed If-None-Match on a method other than GET or HEAD gets 412, not 304',
		source: rfc9110('13.1.2'),
	},
} as const satisfies Record<string, MessageRule>;

/** A message rule's id. */
export type MessageRuleId = keyof typeof MESSAGE_RULES;
