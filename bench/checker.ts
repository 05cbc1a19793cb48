// The response checker's budgets: its JavaScript on /check/ (gzip -9, with every module it imports) and the
// time the rule engine takes to check a 100 KB response, with the rules built from content/ as the page has them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { anchorFor } from '../src/lib/anchor.ts';
import { checkExchange } from '../src/lib/check/check.ts';
import { buildRuleData } from '../src/lib/check/rule-data.ts';
import { readCodes, readUnregistered } from '../src/lib/content-files.ts';
import { median } from './stats.ts';

/** The checker's figures. */
export interface CheckerFigures {
	/** Its own scripts on /check/ (the search loader every page has is left out). */
	js: { raw: number; gzip: number; files: string[] };
	/** Checking a 100 KB response, per run. */
	checkMs: { runs: number[]; medianMs: number; maxMs: number };
}

const RUNS = 20;

/** The script files a module loads statically, itself included, by path under the build. */
async function moduleGraph(outDir: string, file: string, seen = new Set<string>()): Promise<Set<string>> {
	if (seen.has(file)) return seen;
	seen.add(file);
	const text = await readFile(join(outDir, file), 'utf8');
	for (const [, spec] of text.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
		const next = spec!.startsWith('/') ? spec!.slice(1) : join(file, '..', spec!);
		await moduleGraph(outDir, next.replace(/^.*?_astro\//, '_astro/'), seen);
	}
	return seen;
}

/** A 100 KB JSON response, as curl -i prints it. */
function bigResponse(): string {
	const item = '{"id":12345,"name":"A product with a long enough name","price":19.99,"tags":["a","b","c"]},';
	const body = `[${item.repeat(Math.ceil(100_000 / item.length)).slice(0, -1)}]`;
	return `HTTP/1.1 200 OK\r\nDate: Thu, 03 Dec 2026 06:40:00 GMT\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nETag: "big"\r\nCache-Control: max-age=60\r\n\r\n${body}`;
}

/** Measures the checker in a build at `outDir` (a root build). */
export async function measureChecker(outDir: string): Promise<CheckerFigures> {
	const html = await readFile(join(outDir, 'check', 'index.html'), 'utf8');
	const entries = [...html.matchAll(/<script type="module" src="[^"]*?(_astro\/[^"]+)"/g)]
		.map((m) => m[1]!)
		.filter((f) => !/Search\.astro/.test(f));
	const files = new Set<string>();
	for (const entry of entries) for (const f of await moduleGraph(outDir, entry)) files.add(f);
	let raw = 0;
	let gzip = 0;
	for (const f of files) {
		const bytes = await readFile(join(outDir, f));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	const data = buildRuleData(
		readCodes().map((c) => c.data),
		readUnregistered().map((u) => u.data),
		(code, phrase) => `${anchorFor(code, phrase)}/`,
	);
	const response = bigResponse();
	const runs: number[] = [];
	for (let i = 0; i < RUNS; i += 1) {
		const start = performance.now();
		checkExchange(response, 'GET /products HTTP/1.1\r\nHost: shop.example.com\r\n', data);
		runs.push(performance.now() - start);
	}
	return { js: { raw, gzip, files: [...files] }, checkMs: { runs, medianMs: median(runs), maxMs: Math.max(...runs) } };
}
