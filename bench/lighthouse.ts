// Lighthouse (mobile defaults) through its Node API, in a Chromium started by chrome-launcher.
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { SYSTEM_CHROMIUM_ARGS } from '../scripts/browser.ts';
import { median } from './stats.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

// chrome-launcher starts Chromium itself, so it gets the same flags as the tests' system Chromium, headless.
const CHROME_FLAGS = ['--headless=new', ...SYSTEM_CHROMIUM_ARGS];

/** One Lighthouse run's figures: scores 0-100, times in ms, CLS unitless. */
export interface LighthouseRun {
	scores: Record<Category, number>;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
	cls: number;
	/** Audits below a perfect score, per category, to explain anything short of 100. */
	failing: string[];
	warnings: string[];
}

/** The run with the median performance score, and every run's performance score. */
export interface LighthouseResult extends LighthouseRun {
	path: string;
	performanceRuns: number[];
}

async function runOnce(url: string, port: number): Promise<LighthouseRun> {
	const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
	const lhr = result?.lhr;
	if (!lhr) throw new Error(`Lighthouse returned no result for ${url}`);
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	const score = (id: Category) => {
		const value = lhr.categories[id]?.score;
		if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} score for ${url}`);
		return Math.round(value * 100);
	};
	const numeric = (id: string) => {
		const value = lhr.audits[id]?.numericValue;
		if (typeof value !== 'number') throw new Error(`Lighthouse gave no ${id} value for ${url}`);
		return value;
	};
	const failing = CATEGORIES.flatMap((id) =>
		(lhr.categories[id]?.auditRefs ?? [])
			.filter((ref) => ref.weight > 0)
			.map((ref) => lhr.audits[ref.id])
			.filter((audit) => audit !== undefined && audit.score !== null && audit.score < 1)
			.map((audit) => `${id}: ${audit?.id} (${audit?.score})`),
	);
	return {
		scores: {
			performance: score('performance'),
			accessibility: score('accessibility'),
			'best-practices': score('best-practices'),
			seo: score('seo'),
		},
		fcpMs: numeric('first-contentful-paint'),
		lcpMs: numeric('largest-contentful-paint'),
		tbtMs: numeric('total-blocking-time'),
		cls: numeric('cumulative-layout-shift'),
		failing,
		warnings: lhr.runWarnings.map(String),
	};
}

/** Audits each page `runs` times in one Chromium and keeps, per page, the run with the median performance score. */
export async function measureLighthouse(
	chromePath: string,
	base: string,
	paths: readonly string[],
	runs: number,
): Promise<LighthouseResult[]> {
	const chrome = await launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'error' });
	try {
		const results: LighthouseResult[] = [];
		for (const path of paths) {
			const all: LighthouseRun[] = [];
			for (let i = 0; i < runs; i++) all.push(await runOnce(base + path, chrome.port));
			const performanceRuns = all.map((r) => r.scores.performance);
			const mid = median(performanceRuns);
			const chosen = all.reduce((best, r) => (Math.abs(r.scores.performance - mid) < Math.abs(best.scores.performance - mid) ? r : best));
			results.push({ path, ...chosen, performanceRuns });
		}
		return results;
	} finally {
		chrome.kill();
	}
}
