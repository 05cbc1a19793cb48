// Reads what people paste: `curl -i` and `curl -iL` output (several responses in a row, 1xx before the final
// one), `curl -v` output (`< ` and `> ` prefixes), raw HTTP/1.1, `HTTP/2` and `HTTP/3` status lines with
// lowercase names, CRLF or LF line ends, and HAR files (parse-har.ts). It never throws: what it cannot read
// comes back as errors naming the line and why. Written by hand because no library reads these terminal
// transcripts; llhttp-style parsers want exact bytes, which a paste no longer has.
import type { Content, Field, ParsedRequest, ParsedResponse, ParseResult } from './findings.ts';
import { parseHar, type HarEntry } from './parse-har.ts';

/** A response with the request it answered, when the paste holds one (curl -v) or one was given. */
export interface ResponseInContext {
	response: ParsedResponse;
	request?: ParsedRequest | undefined;
}

/** What a response field held: HTTP messages, or a HAR file whose entry the reader picks. */
export type ParsedInput = { kind: 'http'; responses: ResponseInContext[] } | { kind: 'har'; entries: HarEntry[] };

/** A line of input with its 1-based number. */
interface Line {
	text: string;
	no: number;
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const STATUS_START = /^HTTP\/\d/;
const STATUS_LINE = /^HTTP\/(\d(?:\.\d)?) (\d{3})(?: (.*))?$/;
const PSEUDO_STATUS = /^:status:\s*(\d{3})\s*$/;
const REQUEST_LINE = /^([!#$%&'*+.^_`|~0-9A-Za-z-]+) (\S+)(?: HTTP\/(\d(?:\.\d)?))?$/;
const SHELL = /^(?:\$|%|#|>)?\s*curl\s/;

const fail = <T>(line: number | undefined, message: string): ParseResult<T> => ({ ok: false, errors: [{ line, message }] });

/** Splits input into numbered lines, whatever its line ends. */
function linesOf(text: string): Line[] {
	return text.split(/\r\n|\r|\n/).map((t, i) => ({ text: t, no: i + 1 }));
}

/** Parses field lines up to the end of a header section; folded lines join the field before them. */
function parseFields(lines: readonly Line[]): ParseResult<Field[]> {
	const fields: Field[] = [];
	for (const { text, no } of lines) {
		if (/^[ \t]/.test(text)) {
			const last = fields.at(-1);
			if (!last) return fail(no, `line ${no} starts with whitespace but follows no field line, so it cannot continue one.`);
			last.value = `${last.value} ${text.trim()}`.trim();
			last.raw = `${last.raw}\n${text}`;
			last.folded = true;
			continue;
		}
		const colon = text.indexOf(':', text.startsWith(':') ? 1 : 0);
		if (colon <= 0)
			return fail(
				no,
				`line ${no}, \`${text}\`, is not a field line: a field line is a name, a colon, then the value (RFC 9112 section 5).`,
			);
		const rawName = text.slice(0, colon);
		const name = rawName.trimEnd();
		if (!TOKEN.test(name.replace(/^:/, '')))
			return fail(
				no,
				`line ${no}: \`${name}\` is not a field name: a name is one token, with no spaces or separators (RFC 9110 section 5.1).`,
			);
		fields.push({ name, value: text.slice(colon + 1).trim(), line: no, raw: text, spaceBeforeColon: rawName !== name });
	}
	return { ok: true, value: fields };
}

/** The content as the paste has it: pasted text, declared by the fields but not pasted, or none. */
export function contentOf(body: readonly Line[], fields: readonly Field[]): Content {
	const text = body.map((l) => l.text).join('\n');
	if (text.trim() !== '') return { kind: 'pasted', text, line: body.find((l) => l.text.trim() !== '')?.no };
	const length = fields.find((f) => f.name.toLowerCase() === 'content-length')?.value;
	const chunked = fields.some((f) => f.name.toLowerCase() === 'transfer-encoding');
	if (chunked || (length !== undefined && /^\d+$/.test(length) && Number(length) > 0)) return { kind: 'declared' };
	return { kind: 'none' };
}

/** One message as cut from the input: its start line, field lines and content lines. */
interface Block {
	start: Line;
	head: Line[];
	body: Line[];
}

/** Reads a status line: `HTTP/1.1 404 Not Found`, `HTTP/2 404`, or devtools' `:status: 404`. */
function statusOf(line: Line): ParseResult<{ version: string; status: number; reason: string }> {
	const pseudo = PSEUDO_STATUS.exec(line.text);
	if (pseudo) return { ok: true, value: { version: '2', status: Number(pseudo[1]), reason: '' } };
	const m = STATUS_LINE.exec(line.text.trimEnd());
	if (!m)
		return fail(
			line.no,
			`line ${line.no}, \`${line.text}\`, is not a status line: it is HTTP/ and a version, a space, a three-digit code, then an optional reason (RFC 9112 section 4).`,
		);
	return { ok: true, value: { version: m[1]!, status: Number(m[2]), reason: m[3] ?? '' } };
}

const isStatusStart = (text: string) => STATUS_START.test(text) || PSEUDO_STATUS.test(text);

/** Cuts plain input (curl -i, raw HTTP) into blocks: a start line, fields up to a blank line, then content up to the next status line. */
function blocksOf(lines: readonly Line[]): ParseResult<Block[]> {
	const blocks: Block[] = [];
	let i = 0;
	while (i < lines.length && (lines[i]!.text.trim() === '' || SHELL.test(lines[i]!.text))) i += 1;
	while (i < lines.length) {
		const start = lines[i]!;
		const head: Line[] = [];
		i += 1;
		while (i < lines.length && lines[i]!.text !== '' && !(isStatusStart(lines[i]!.text) && !/^\s/.test(lines[i]!.text))) {
			head.push(lines[i]!);
			i += 1;
		}
		if (i < lines.length && lines[i]!.text === '') i += 1;
		const body: Line[] = [];
		const startIsStatus = isStatusStart(start.text);
		const code = startIsStatus ? /\s(\d{3})\b|:\s*(\d{3})/.exec(start.text) : null;
		const informational = !!code && (code[1] ?? code[2] ?? '').startsWith('1');
		while (i < lines.length && !isStatusStart(lines[i]!.text)) {
			// A request with no content is followed at once by its response; a 1xx has no content at all.
			if (informational && lines[i]!.text.trim() !== '') break;
			body.push(lines[i]!);
			i += 1;
		}
		blocks.push({ start, head, body });
		if (informational && i < lines.length && !isStatusStart(lines[i]!.text))
			return fail(lines[i]!.no, `line ${lines[i]!.no}: a 1xx response has no content, so a status line was expected here.`);
	}
	return { ok: true, value: blocks };
}

/** Cuts `curl -v` output into blocks: `> ` lines are the request, `< ` lines the response, other lines its content. */
function verboseBlocksOf(lines: readonly Line[]): Block[] {
	const blocks: (Block & { dir: string })[] = [];
	let current: (Block & { dir: string }) | undefined;
	let inHead = false;
	for (const line of lines) {
		const m = /^([<>])(?: (.*))?$/.exec(line.text);
		if (m) {
			const dir = m[1]!;
			const text = (m[2] ?? '').replace(/\r$/, '');
			if (text === '') {
				if (current?.dir === dir) inHead = false;
			} else if (!current || current.dir !== dir || !inHead) {
				current = { dir, start: { text, no: line.no }, head: [], body: [] };
				blocks.push(current);
				inHead = true;
			} else current.head.push({ text, no: line.no });
			continue;
		}
		// curl's own remarks (`* Connected to…`) and data markers (`{ [5 bytes data]`) are not part of a message.
		if (/^[*{}]( |$)/.test(line.text)) continue;
		if (current?.dir === '<' && !inHead) current.body.push(line);
	}
	return blocks;
}

/** Turns a block whose start is a request line into a request. */
function requestOf(block: Block): ParseResult<ParsedRequest> {
	const m = REQUEST_LINE.exec(block.start.text.trim());
	const fields = parseFields(block.head);
	if (!fields.ok) return fields;
	if (!m) {
		const pseudo = pseudoRequest(block.start, fields.value);
		if (pseudo) return { ok: true, value: pseudo };
		return fail(
			block.start.no,
			`line ${block.start.no}, \`${block.start.text}\`, is not a request line: a method, a space, the target, then HTTP/ and a version, e.g. \`GET /orders/7 HTTP/1.1\` (RFC 9112 section 3).`,
		);
	}
	return {
		ok: true,
		value: {
			method: m[1]!,
			target: m[2]!,
			version: m[3] ?? '1.1',
			requestLine: block.start.text,
			line: block.start.no,
			fields: fields.value,
			content: contentOf(block.body, fields.value),
		},
	};
}

/** A request pasted as HTTP/2 pseudo-fields (`:method: GET`, `:path: /`), as browser devtools copy it. */
function pseudoRequest(start: Line, fields: Field[]): ParsedRequest | undefined {
	const first = parseFields([start]);
	const all: Field[] = [...(first.ok ? first.value : []), ...fields];
	const method = all.find((f) => f.name === ':method')?.value;
	if (!method) return undefined;
	const target = all.find((f) => f.name === ':path')?.value ?? '/';
	return {
		method,
		target,
		version: '2',
		requestLine: `${method} ${target} HTTP/2`,
		line: start.no,
		fields: all.filter((f) => !f.name.startsWith(':')),
		content: { kind: 'none' },
	};
}

/** Turns a block whose start is a status line into a response. */
function responseOf(block: Block): ParseResult<ParsedResponse> {
	const status = statusOf(block.start);
	if (!status.ok) return status;
	const fields = parseFields(block.head);
	if (!fields.ok) return fields;
	return {
		ok: true,
		value: {
			...status.value,
			statusLine: block.start.text,
			line: block.start.no,
			fields: fields.value,
			content: contentOf(block.body, fields.value),
		},
	};
}

/** Parses the response field: one or more responses (with any requests pasted among them), or a HAR file. */
export function parseResponses(input: string): ParseResult<ParsedInput> {
	try {
		const trimmed = input.trim();
		if (trimmed === '') return fail(undefined, 'The response is empty: paste what `curl -i` printed, or a HAR file.');
		if (trimmed.startsWith('{')) {
			const har = parseHar(trimmed);
			return har.ok ? { ok: true, value: { kind: 'har', entries: har.value } } : har;
		}
		const lines = linesOf(input);
		const verbose = lines.some((l) => /^< (HTTP\/\d|:status:)/.test(l.text));
		let blocks: Block[];
		if (verbose) blocks = verboseBlocksOf(lines);
		else {
			const cut = blocksOf(lines);
			if (!cut.ok) return cut;
			blocks = cut.value;
		}
		const responses: ResponseInContext[] = [];
		let request: ParsedRequest | undefined;
		for (const block of blocks) {
			if (isStatusStart(block.start.text)) {
				const response = responseOf(block);
				if (!response.ok) return response;
				responses.push({ response: response.value, request });
			} else if (REQUEST_LINE.test(block.start.text.trim()) && !STATUS_START.test(block.start.text)) {
				const parsed = requestOf(block);
				if (!parsed.ok) return parsed;
				request = parsed.value;
			} else if (/^[!#$%&'*+.^_`|~0-9A-Za-z-]+:/.test(block.start.text)) {
				return fail(
					block.start.no,
					`line ${block.start.no}, \`${block.start.text}\`, is a field line, but a response starts with its status line: add it above, e.g. \`HTTP/2 200\`.`,
				);
			} else {
				return statusOf(block.start) as ParseResult<never>;
			}
		}
		if (responses.length === 0)
			return fail(
				blocks[0]?.start.no,
				'No response found: a response starts with a status line such as `HTTP/1.1 200 OK` or `HTTP/2 200`.',
			);
		return { ok: true, value: { kind: 'http', responses } };
	} catch (error) {
		return fail(undefined, `The response could not be read: ${(error as Error).message}`);
	}
}

/** Parses the request field: a request line and fields (HTTP/1.1, `curl -v`'s `> ` lines, or HTTP/2 pseudo-fields). */
export function parseRequest(input: string): ParseResult<ParsedRequest> {
	try {
		let lines = linesOf(input);
		if (lines.some((l) => /^> \S/.test(l.text)))
			lines = lines.filter((l) => /^>( |$)/.test(l.text)).map((l) => ({ text: l.text.slice(2), no: l.no }));
		const cut = blocksOf(lines);
		if (!cut.ok) return cut;
		const [block, extra] = cut.value;
		const command = lines.find((l) => SHELL.test(l.text));
		if (!block && command)
			return fail(
				command.no,
				`line ${command.no} is a curl command, not the request it sends: \`curl -v\` prints the request on the lines that start with \`> \`.`,
			);
		if (!block) return fail(undefined, 'The request is empty.');
		if (isStatusStart(block.start.text))
			return fail(block.start.no, `line ${block.start.no} is a status line: paste the response in the response field, the request here.`);
		if (extra) return fail(extra.start.no, `line ${extra.start.no}: only one request can be given.`);
		return requestOf(block);
	} catch (error) {
		return fail(undefined, `The request could not be read: ${(error as Error).message}`);
	}
}
