// Loads a page in a fresh browser context, records every response (count, raw and gzip bytes by kind),
// then searches "conflict" and records what the search fetched on top. measureFirstView weighs the load alone,
// for the sweep over every page.
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Response } from '@playwright/test';

export const KINDS = ['html', 'css', 'js', 'font', 'image', 'wasm', 'data', 'other'] as const;
export type Kind = (typeof KINDS)[number];

/** A sum of responses. */
export interface Bytes {
	count: number;
	raw: number;
	gzip: number;
}

/** One response the page received. */
export interface RequestRecord {
	url: string;
	status: number;
	kind: Kind;
	raw: number;
	gzip: number;
	phase: 'load' | 'search';
}

/** What one page weighs, before any interaction and after one search. */
export interface PageWeight {
	path: string;
	status: number;
	/** Everything loaded before any interaction, in total and by kind. */
	beforeInteraction: Bytes & { byKind: Record<Kind, Bytes> };
	/** Gzip bytes of HTML + CSS + fonts + images + JavaScript loaded before any interaction. */
	firstViewGzip: number;
	/** Everything loaded by the end of the search (page load included). */
	afterSearch: Bytes & { js: Bytes };
	requests: RequestRecord[];
}

export const SEARCH_QUERY = 'conflict';
const FIRST_VIEW_KINDS: readonly Kind[] = ['html', 'css', 'font', 'image', 'js'];

function kindOf(response: Response): Kind {
	const type = response.request().resourceType();
	const mime = (response.headers()['content-type'] ?? '').toLowerCase();
	if (type === 'document') return 'html';
	if (type === 'stylesheet' || mime.includes('text/css')) return 'css';
	if (type === 'script' || mime.includes('javascript')) return 'js';
	if (type === 'font' || mime.startsWith('font/')) return 'font';
	if (type === 'image' || mime.startsWith('image/')) return 'image';
	if (mime.includes('wasm') || /\.wasm$|wasm\.[^/]*\.pagefind$/.test(new URL(response.url()).pathname)) return 'wasm';
	if (type === 'fetch' || type === 'xhr') return 'data';
	return 'other';
}

function sum(records: readonly RequestRecord[]): Bytes {
	return records.reduce((acc, r) => ({ count: acc.count + 1, raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), {
		count: 0,
		raw: 0,
		gzip: 0,
	});
}

/** Resolves once no request has been in flight for `quietMs` (Playwright's networkidle, for any moment). */
function networkIdle(context: BrowserContext): (quietMs?: number, timeoutMs?: number) => Promise<void> {
	let inflight = 0;
	let changed = Date.now();
	context.on('request', () => {
		inflight++;
		changed = Date.now();
	});
	const done = () => {
		inflight--;
		changed = Date.now();
	};
	context.on('requestfinished', done);
	context.on('requestfailed', done);
	return async (quietMs = 500, timeoutMs = 20_000) => {
		const start = Date.now();
		while (inflight > 0 || Date.now() - changed < quietMs) {
			if (Date.now() - start > timeoutMs) throw new Error(`network not idle after ${timeoutMs} ms (${inflight} in flight)`);
			await new Promise((resolve) => setTimeout(resolve, 50));
		}
	};
}

/** Records every response in `context`, tagged with the phase it arrived in. */
function recorder(context: BrowserContext): { phase: (next: RequestRecord['phase']) => void; settled: () => Promise<RequestRecord[]> } {
	let phase: RequestRecord['phase'] = 'load';
	const pending: Promise<RequestRecord>[] = [];
	context.on('response', (response) => {
		const at = phase;
		const record = (raw: number, gzip: number): RequestRecord => ({
			url: response.url(),
			status: response.status(),
			kind: kindOf(response),
			raw,
			gzip,
			phase: at,
		});
		pending.push(
			response.body().then(
				(body) => record(body.length, gzipSync(body, { level: 9 }).length),
				// Redirects and aborted responses have no body to count.
				() => record(0, 0),
			),
		);
	});
	return { phase: (next) => (phase = next), settled: () => Promise.all(pending) };
}

function weighLoad(loaded: readonly RequestRecord[]): Pick<PageWeight, 'beforeInteraction' | 'firstViewGzip'> {
	const byKind = Object.fromEntries(KINDS.map((kind) => [kind, sum(loaded.filter((r) => r.kind === kind))])) as Record<Kind, Bytes>;
	return {
		beforeInteraction: { ...sum(loaded), byKind },
		firstViewGzip: FIRST_VIEW_KINDS.reduce((total, kind) => total + byKind[kind].gzip, 0),
	};
}

/** What a page loads with no interaction: its first view, and the JavaScript among it. */
export interface FirstView {
	path: string;
	status: number;
	firstViewGzip: number;
	js: Bytes;
}

/** Opens `base + path` in a fresh context that records every response, and waits until the network is quiet. */
async function openRecorded(browser: Browser, base: string, path: string, quietMs?: number) {
	// The page's own weight: the offline copy the service worker downloads is weighed on its own (offline.ts).
	const context = await browser.newContext({ serviceWorkers: 'block' });
	try {
		const idle = networkIdle(context);
		const records = recorder(context);
		const page = await context.newPage();
		const response = await page.goto(base + path, { waitUntil: 'load' });
		if (!response) throw new Error(`no response for ${base + path}`);
		await idle(quietMs);
		return { context, page, response, idle, records };
	} catch (error) {
		await context.close();
		throw error;
	}
}

/** Loads the page at `base + path` and weighs what arrives before any interaction. */
export async function measureFirstView(browser: Browser, base: string, path: string): Promise<FirstView> {
	const { context, response, records } = await openRecorded(browser, base, path, 300);
	try {
		const weight = weighLoad(await records.settled());
		return { path, status: response.status(), firstViewGzip: weight.firstViewGzip, js: weight.beforeInteraction.byKind.js };
	} finally {
		await context.close();
	}
}

/** Measures one page at `base + path` (path relative to the site's base, '' for the index). */
export async function measurePage(browser: Browser, base: string, path: string): Promise<PageWeight> {
	const { context, page, response, idle, records } = await openRecorded(browser, base, path);
	try {
		const loaded = await records.settled();

		records.phase('search');
		// By its label: a search box until the search UI loads, a combobox after.
		const box = page.getByLabel('Search status codes');
		await box.focus();
		await box.pressSequentially(SEARCH_QUERY);
		const results = page.getByRole('listbox', { name: 'Search results' });
		await page
			.getByRole('status')
			.filter({ hasText: `“${SEARCH_QUERY}”` })
			.waitFor({ timeout: 20_000 });
		await results.getByRole('option').first().waitFor({ timeout: 20_000 });
		await idle();
		const all = await records.settled();
		if (all.length < loaded.length) throw new Error('lost responses');

		return {
			path,
			status: response.status(),
			...weighLoad(loaded),
			afterSearch: { ...sum(all), js: sum(all.filter((r) => r.kind === 'js')) },
			requests: all.map((r) => ({ ...r, url: r.url.replace(base, '/') })),
		};
	} finally {
		await context.close();
	}
}
