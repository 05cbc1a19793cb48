// Reads a HAR file (the browsers' "Save all as HAR"): each entry's request and response, as the checker's
// messages. HAR bodies come decoded (no content codings, sometimes base64), so their length is not compared.
import type { Content, Field, ParsedRequest, ParsedResponse, ParseResult } from './findings.ts';

/** One entry of a HAR file, with a label for the picker. */
export interface HarEntry {
	/** e.g. `GET https://api.example.com/orders → 404`. */
	label: string;
	request: ParsedRequest;
	response: ParsedResponse;
}

interface HarHeader {
	name?: unknown;
	value?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** HAR's httpVersion (`HTTP/1.1`, `h2`, `http/2.0`, `h3`) as a status line's version. */
function versionOf(raw: unknown): string {
	const v = String(raw ?? '').toLowerCase();
	if (v === 'h2' || v.startsWith('http/2')) return '2';
	if (v === 'h3' || v.startsWith('http/3')) return '3';
	return /(\d\.\d)/.exec(v)?.[1] ?? '1.1';
}

function fieldsOf(raw: unknown): Field[] {
	if (!Array.isArray(raw)) return [];
	return raw
		.filter((h): h is HarHeader => isObject(h) && typeof h.name === 'string')
		.filter((h) => !String(h.name).startsWith(':'))
		.map((h) => ({ name: String(h.name), value: String(h.value ?? '').trim(), raw: `${String(h.name)}: ${String(h.value ?? '')}` }));
}

function contentOf(text: unknown, size: unknown, fields: Field[]): Content {
	if (typeof text === 'string' && text !== '') return { kind: 'pasted', text, decoded: true };
	const length = Number(fields.find((f) => f.name.toLowerCase() === 'content-length')?.value ?? 0);
	if ((typeof size === 'number' && size > 0) || length > 0) return { kind: 'declared' };
	return { kind: 'none' };
}

/**
 * The line of a JSON syntax error. V8 names a position or line for some errors; for an unexpected token it
 * quotes the text around it instead (10 characters before it when cut, marked by `...`), which is found in the input.
 */
function jsonErrorLine(text: string, message: string): number | undefined {
	const lineOf = (offset: number) => text.slice(0, offset).split('\n').length;
	const line = /line (\d+)/.exec(message);
	if (line) return Number(line[1]);
	const position = /position (\d+)/.exec(message);
	if (position) return lineOf(Number(position[1]));
	if (/end of JSON input/.test(message)) return text.split('\n').length;
	const token = /Unexpected token '([^']*)', (\.\.\.)?"([\s\S]*?)"(?:\.\.\.)? is not valid JSON/.exec(message);
	if (!token) return undefined;
	const at = text.indexOf(token[3]!);
	if (at < 0) return undefined;
	return lineOf(at + (token[2] ? 10 : Math.max(0, token[3]!.indexOf(token[1]!))));
}

/** Parses a HAR file's entries; an entry without a response status (a failed request) is left out. */
export function parseHar(text: string): ParseResult<HarEntry[]> {
	let json: unknown;
	try {
		json = JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const line = jsonErrorLine(text, message);
		return {
			ok: false,
			errors: [{ line, message: `${line ? `line ${line}: ` : ''}this looks like JSON but is not valid JSON (${message}).` }],
		};
	}
	const entries = isObject(json) && isObject(json.log) ? json.log.entries : undefined;
	if (!Array.isArray(entries))
		return { ok: false, errors: [{ message: 'This is JSON but not a HAR file: a HAR file has `log.entries`, one per request.' }] };
	const out: HarEntry[] = [];
	for (const entry of entries) {
		if (!isObject(entry) || !isObject(entry.request) || !isObject(entry.response)) continue;
		const req = entry.request;
		const res = entry.response;
		const status = Number(res.status);
		if (!Number.isInteger(status) || status <= 0) continue;
		const version = versionOf(res.httpVersion);
		const reason = typeof res.statusText === 'string' ? res.statusText : '';
		const responseFields = fieldsOf(res.headers);
		const content = isObject(res.content) ? res.content : {};
		const method = typeof req.method === 'string' ? req.method : 'GET';
		const url = typeof req.url === 'string' ? req.url : '/';
		const requestFields = fieldsOf(req.headers);
		const postData = isObject(req.postData) ? req.postData : {};
		out.push({
			label: `${method} ${url} → ${status}`,
			request: {
				method,
				target: url,
				version: versionOf(req.httpVersion),
				requestLine: `${method} ${url} HTTP/${versionOf(req.httpVersion)}`,
				fields: requestFields,
				content: contentOf(postData.text, undefined, requestFields),
			},
			response: {
				version,
				status,
				reason,
				statusLine: `HTTP/${version} ${status}${reason ? ` ${reason}` : ''}`,
				fields: responseFields,
				content: contentOf(content.text, content.size, responseFields),
			},
		});
	}
	if (out.length === 0) return { ok: false, errors: [{ message: 'The HAR file has no entry with a response.' }] };
	return { ok: true, value: out };
}
