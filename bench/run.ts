// `npm run bench`: builds the site 3 times, serves the build, and measures page weight, search latency and
// Lighthouse against the budgets. Prints a table, writes bench/results.json and bench/results.md.
// Exits 0 when a budget is missed (it measures, it does not test); non-zero only when measuring fails.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { preview } from 'astro';
import { chromePath, launchBrowser } from './browser.ts';
import { timeBuild } from './build.ts';
import { measureChecker } from './checker.ts';
import { measureOffline } from './offline.ts';
import { measureLighthouse } from './lighthouse.ts';
import { measureFirstView, measurePage, type FirstView, type PageWeight } from './measure-pages.ts';
import { judge, tables, toMarkdown, toText, type Figures } from './report.ts';
import { measureRelevance } from './relevance.ts';
import { measureSearch } from './search-latency.ts';
import { median } from './stats.ts';
import { codes } from '../catalog/content.ts';
import { unregistered } from '../catalog/unregistered.ts';
import { sitePages } from '../catalog/pages.ts';

const BUILDS = 3;
/** Lighthouse runs per page; the run with the median performance score is kept. */
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
if (!Number.isInteger(LIGHTHOUSE_RUNS) || LIGHTHOUSE_RUNS < 1)
	throw new Error('BENCH_LIGHTHOUSE_RUNS must be a whole number of at least 1');
const INDEX = '';
const CODE_PAGE = '404-not-found/';
// The not-found page at its own address: served for a miss it answers 404 (the tests check that), and
// Lighthouse's SEO category fails every 404 response by design (audit http-status-code).
const NOT_FOUND = '404.html';
/** Every code page, for the budget that holds for each of them; derived from content/, as the tests are. */
const CODE_PAGES = [...codes.map((c) => c.path), ...unregistered.map((u) => u.path)];

const root = process.cwd();
const bench = resolve(root, 'bench');
// A scratch build, so the bench never rewrites the dist/ that a test run next to it may be serving.
const outDir = resolve(bench, '.tmp/dist');
const started = Date.now();
const log = (message: string) => console.error(`[bench] ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  ${message}`);

async function main(): Promise<void> {
	const runsMs: number[] = [];
	for (let i = 1; i <= BUILDS; i++) {
		runsMs.push(await timeBuild(root, outDir));
		log(`build ${i}/${BUILDS}: ${(runsMs.at(-1)! / 1000).toFixed(2)} s`);
	}

	const checker = await measureChecker(outDir);
	log(`weighed the checker: ${checker.js.gzip} B gzip; checked a 100 KB response in ${checker.checkMs.medianMs.toFixed(1)} ms (median)`);

	const offline = await measureOffline(outDir);
	log(
		`weighed the offline copy: ${offline.precache.count} files, ${offline.precache.raw} B (${offline.precache.gzip} B gzip); loader ${offline.loaderGzip} B gzip`,
	);

	const server = await preview({ root, outDir, server: { host: '127.0.0.1', port: 0 }, logLevel: 'error' });
	try {
		const base = `http://127.0.0.1:${server.port}${(process.env.BASE_PATH ?? '/').replace(/\/?$/, '/')}`;
		const browser = await launchBrowser();
		let pages: PageWeight[];
		let search: Figures['search'];
		let relevance: Figures['relevance'];
		const sweep: FirstView[] = [];
		try {
			pages = [];
			for (const path of [INDEX, CODE_PAGE, NOT_FOUND]) {
				pages.push(await measurePage(browser, base, path));
				log(`weighed /${path}`);
			}
			for (const { path } of sitePages) sweep.push(await measureFirstView(browser, base, path));
			log(`weighed the first view of all ${sweep.length} pages`);
			search = await measureSearch(browser, base, INDEX);
			log(`timed search: cold median ${Math.round(search.cold.medianMs)} ms, warm median ${Math.round(search.warm.medianMs)} ms`);
			relevance = await measureRelevance(browser, base, INDEX);
			log(`ran the relevance set: ${(relevance.firstThree * 100).toFixed(1)}% with a right code in the first three`);
		} finally {
			await browser.close();
		}
		const lighthouse = await measureLighthouse(chromePath(), base, [INDEX, CODE_PAGE, NOT_FOUND], LIGHTHOUSE_RUNS);
		log(`ran Lighthouse (${LIGHTHOUSE_RUNS} run(s) per page)`);

		const figures: Figures = {
			builds: { runsMs, medianMs: median(runsMs) },
			pages,
			sweep,
			lighthouse,
			lighthouseRuns: LIGHTHOUSE_RUNS,
			search,
			relevance,
			checker,
			offline,
		};
		const budgets = judge(figures, INDEX, CODE_PAGES);
		const all = tables(figures, budgets, CODE_PAGES);
		const when = new Date().toISOString();
		console.log(toText(all));
		const note = `Measured by \`npm run bench\` on ${when.slice(0, 10)} (Node ${process.version}, Lighthouse 12.2.3 mobile defaults, astro preview without compression).`;
		await writeFile(resolve(bench, 'results.md'), toMarkdown(all, note));
		await writeFile(
			resolve(bench, 'results.json'),
			`${JSON.stringify({ date: when, node: process.version, browser: chromePath(), base, figures, budgets }, null, '\t')}\n`,
		);
		log('wrote bench/results.json and bench/results.md');
	} finally {
		await server.stop();
	}
}

try {
	await mkdir(resolve(bench, '.tmp'), { recursive: true });
	await main();
} catch (error) {
	console.error('[bench] measuring failed:', error);
	process.exitCode = 1;
} finally {
	await rm(resolve(bench, '.tmp'), { recursive: true, force: true });
}
