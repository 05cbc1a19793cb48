// Search latency in Chromium, timed inside the page: from setting the query to the first result link
// appearing in the results list (a MutationObserver sees it the moment it is inserted).
import type { Browser, Page } from '@playwright/test';
import { max, median } from './stats.ts';

export const QUERIES = [
	'conflict',
	'redirect',
	'cache',
	'authentication',
	'timeout',
	'range',
	'upgrade',
	'teapot',
	'gateway',
	'404',
	'edit conflict',
	'payload too large',
];

/** One query's time: to the DOM insertion of the first result, and to the next animation frame after it. */
export interface Timing {
	query: string;
	ms: number;
	frameMs: number;
}

export interface LatencySummary {
	page: string;
	runs: Timing[];
	medianMs: number;
	maxMs: number;
}

export interface SearchLatency {
	cold: LatencySummary;
	warm: LatencySummary;
}

/**
 * Empties the search field (clearing the list) when `clear` is set, then sets `query` as a fill would
 * (focus, value, input event) and times it to the first result link in the results list.
 */
async function timeQuery(page: Page, query: string, clear: boolean): Promise<Timing> {
	const timing = await page.evaluate(
		([q, clearFirst]) =>
			new Promise<{ ms: number; frameMs: number }>((resolve, reject) => {
				const input = document.getElementById('site-search-input');
				if (!(input instanceof HTMLInputElement)) return reject(new Error('no search field'));
				const firstResult = () => document.querySelector('[role="listbox"][aria-label="Search results"] [role="option"]');
				if (clearFirst) {
					input.value = '';
					input.dispatchEvent(new Event('input', { bubbles: true }));
				}
				if (firstResult()) return reject(new Error('the results list was not empty before the query'));
				const timer = setTimeout(() => {
					observer.disconnect();
					reject(new Error(`no result for "${q}" within 20 s`));
				}, 20_000);
				const observer = new MutationObserver(() => {
					if (!firstResult()) return;
					const ms = performance.now() - start;
					observer.disconnect();
					clearTimeout(timer);
					requestAnimationFrame(() => resolve({ ms, frameMs: performance.now() - start }));
				});
				observer.observe(document.body, { childList: true, subtree: true });
				const start = performance.now();
				input.focus();
				input.value = q;
				input.dispatchEvent(new Event('input', { bubbles: true }));
				return undefined;
			}),
		[query, clear] as const,
	);
	return { query, ...timing };
}

function summarize(page: string, runs: Timing[]): LatencySummary {
	const times = runs.map((r) => r.ms);
	return { page, runs, medianMs: median(times), maxMs: max(times) };
}

/** Cold: a fresh context (empty cache) and page per query, so the time includes loading the search UI and index. */
async function cold(browser: Browser, url: string, path: string): Promise<LatencySummary> {
	const runs: Timing[] = [];
	for (const query of QUERIES) {
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.goto(url, { waitUntil: 'load' });
			runs.push(await timeQuery(page, query, false));
		} finally {
			await context.close();
		}
	}
	return summarize(path, runs);
}

/** Warm: one page whose search UI and index are already loaded by a first search. */
async function warm(browser: Browser, url: string, path: string): Promise<LatencySummary> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url, { waitUntil: 'load' });
		await timeQuery(page, 'status', false);
		const runs: Timing[] = [];
		for (const query of QUERIES) runs.push(await timeQuery(page, query, true));
		return summarize(path, runs);
	} finally {
		await context.close();
	}
}

/** Measures cold and warm search on the page at `base + path`. */
export async function measureSearch(browser: Browser, base: string, path: string): Promise<SearchLatency> {
	const url = base + path;
	return { cold: await cold(browser, url, `/${path}`), warm: await warm(browser, url, `/${path}`) };
}
