// Judges the figures against the budgets and renders them as aligned plain text and as Markdown.
import type { LighthouseResult } from './lighthouse.ts';
import { CATEGORIES } from './lighthouse.ts';
import type { FirstView, PageWeight } from './measure-pages.ts';
import { SEARCH_QUERY } from './measure-pages.ts';
import type { CheckerFigures } from './checker.ts';
import type { OfflineFigures } from './offline.ts';
import type { Relevance } from './relevance.ts';
import type { SearchLatency } from './search-latency.ts';
import { median } from './stats.ts';

export interface Figures {
	builds: { runsMs: number[]; medianMs: number };
	pages: PageWeight[];
	/** The first view of every page the site has. */
	sweep: FirstView[];
	lighthouse: LighthouseResult[];
	lighthouseRuns: number;
	search: SearchLatency;
	/** The relevance set (tests/search-relevance.tsv) run through the real search. */
	relevance: Relevance;
	/** The response checker's JavaScript and speed. */
	checker: CheckerFigures;
	/** The offline copy: the service worker's precache and the loader that registers it. */
	offline: OfflineFigures;
}

export interface Budget {
	budget: string;
	actual: string;
	met: boolean;
}

export interface Table {
	title: string;
	head: string[];
	rows: string[][];
}

const KiB = 1024;
const kib = (bytes: number) => `${(bytes / KiB).toFixed(1)} KiB`;
const bytes = (n: number) => (n < KiB ? `${n} B` : kib(n));
const ms = (n: number) => `${Math.round(n)} ms`;
const seconds = (n: number) => `${(n / 1000).toFixed(2)} s`;
const show = (path: string) => `/${path}`;
const percent = (share: number, of: number) => `${(share * 100).toFixed(1)}% (${Math.round(share * of)} of ${of})`;

/** A page found among the measured ones. */
function find<T extends { path: string }>(pages: readonly T[], path: string): T {
	const found = pages.find((p) => p.path === path);
	if (!found) throw new Error(`page ${show(path)} was not measured`);
	return found;
}

/** The code pages of the sweep, heaviest first view first. */
function codePagesByWeight(f: Figures, codePaths: readonly string[]): FirstView[] {
	return codePaths.map((path) => find(f.sweep, path)).sort((a, b) => b.firstViewGzip - a.firstViewGzip);
}

/** The pages of the sweep that load JavaScript before any interaction, as "N of M, up to X". */
function jsBeforeInteraction(f: Figures): { count: number; text: string } {
	const withJs = f.sweep.filter((p) => p.js.raw > 0);
	if (withJs.length === 0) return { count: 0, text: `0 B on all ${f.sweep.length} pages` };
	const most = withJs.reduce((a, b) => (b.js.raw > a.js.raw ? b : a));
	return {
		count: withJs.length,
		text: `${withJs.length} of ${f.sweep.length} pages, up to ${bytes(most.js.raw)} (${bytes(most.js.gzip)} gzip) on ${show(most.path)}`,
	};
}

/** Judges every budget of issue #4 against the figures. */
export function judge(f: Figures, indexPath: string, codePaths: readonly string[]): Budget[] {
	const index = find(f.pages, indexPath);
	const heaviest = codePagesByWeight(f, codePaths)[0];
	if (!heaviest) throw new Error('no code page was measured');
	const js = jsBeforeInteraction(f);
	// Each score under 100, with the audits that cost it (audit id and its score).
	const imperfect = f.lighthouse.flatMap((r) =>
		CATEGORIES.filter((c) => r.scores[c] < 100).map((c) => {
			const why = r.failing.filter((a) => a.startsWith(`${c}: `)).map((a) => a.slice(c.length + 2));
			return `${show(r.path)} ${c} ${r.scores[c]}${why.length ? ` [${why.join(', ')}]` : ''}`;
		}),
	);
	return [
		{
			budget: 'Every code page first view <= 14 KiB gzip',
			actual: `heaviest of ${codePaths.length}: ${kib(heaviest.firstViewGzip)} (${show(heaviest.path)})`,
			met: heaviest.firstViewGzip <= 14 * KiB,
		},
		{ budget: 'Index first view <= 30 KiB gzip', actual: kib(index.firstViewGzip), met: index.firstViewGzip <= 30 * KiB },
		{ budget: 'JavaScript before a search = 0 B, every page', actual: js.text, met: js.count === 0 },
		{
			budget: 'Lighthouse 100 in all 4 categories, all pages',
			actual: imperfect.length ? imperfect.join(', ') : 'all 100',
			met: imperfect.length === 0,
		},
		{ budget: 'Warm search median < 100 ms', actual: ms(f.search.warm.medianMs), met: f.search.warm.medianMs < 100 },
		{ budget: 'Cold search median < 300 ms', actual: ms(f.search.cold.medianMs), met: f.search.cold.medianMs < 300 },
		{
			budget: 'Relevance set: a right code in the first three >= 95%, no empty answer',
			actual: `${percent(f.relevance.firstThree, f.relevance.queries)}, ${f.relevance.empty.length} empty`,
			met: f.relevance.firstThree >= 0.95 && f.relevance.empty.length === 0,
		},
		{ budget: 'Checker JavaScript on /check/ <= 20 KiB gzip', actual: kib(f.checker.js.gzip), met: f.checker.js.gzip <= 20 * KiB },
		{
			budget: 'Checking a 100 KB response < 50 ms (median)',
			actual: ms(f.checker.checkMs.medianMs),
			met: f.checker.checkMs.medianMs < 50,
		},
		{
			budget: 'Offline precache < 2 MB (stored raw)',
			actual: `${f.offline.precache.count} files, ${kib(f.offline.precache.raw)} (${kib(f.offline.precache.gzip)} gzip)`,
			met: f.offline.precache.raw < 2 * KiB * KiB,
		},
		{ budget: 'Page loader <= 600 B gzip', actual: bytes(f.offline.loaderGzip), met: f.offline.loaderGzip <= 600 },
		{ budget: 'Build median < 15 s', actual: seconds(f.builds.medianMs), met: f.builds.medianMs < 15_000 },
	];
}

/** The figures as tables: the pages in detail, every page in sum, build and search, and the verdicts. */
export function tables(f: Figures, budgets: readonly Budget[], codePaths: readonly string[]): Table[] {
	const lh = (p: PageWeight) => f.lighthouse.find((r) => r.path === p.path);
	const row = (label: string, cell: (p: PageWeight) => string) => [label, ...f.pages.map(cell)];
	const both = (b: { raw: number; gzip: number }) => `${bytes(b.raw)} / ${bytes(b.gzip)}`;
	const kind = (p: PageWeight, k: keyof PageWeight['beforeInteraction']['byKind']) => bytes(p.beforeInteraction.byKind[k].gzip);
	const lhRuns = f.lighthouseRuns > 1 ? ` (median of ${f.lighthouseRuns})` : '';
	const pages: Table = {
		title: 'Pages (bytes are raw / gzip -9 of each response body)',
		head: ['Measure', ...f.pages.map((p) => show(p.path))],
		rows: [
			row('HTTP status', (p) => String(p.status)),
			row('Requests before interaction', (p) => String(p.beforeInteraction.count)),
			row('Bytes before interaction', (p) => both(p.beforeInteraction)),
			row('  HTML gzip', (p) => kind(p, 'html')),
			row('  CSS gzip', (p) => kind(p, 'css')),
			row('  Fonts + images gzip', (p) => bytes(p.beforeInteraction.byKind.font.gzip + p.beforeInteraction.byKind.image.gzip)),
			row('  JavaScript before interaction', (p) => both(p.beforeInteraction.byKind.js)),
			row('First view gzip (HTML+CSS+fonts+images+JS)', (p) => kib(p.firstViewGzip)),
			row(`Requests after searching "${SEARCH_QUERY}"`, (p) => String(p.afterSearch.count)),
			row(`Bytes after searching "${SEARCH_QUERY}"`, (p) => both(p.afterSearch)),
			row(`  JavaScript after searching "${SEARCH_QUERY}"`, (p) => both(p.afterSearch.js)),
			...CATEGORIES.map((c) => row(`Lighthouse ${c}${c === 'performance' ? lhRuns : ''}`, (p) => String(lh(p)?.scores[c] ?? '-'))),
			...(f.lighthouseRuns > 1 ? [row('  Lighthouse performance, every run', (p) => lh(p)?.performanceRuns.join(', ') ?? '-')] : []),
			row('Lighthouse FCP', (p) => ms(lh(p)?.fcpMs ?? Number.NaN)),
			row('Lighthouse LCP', (p) => ms(lh(p)?.lcpMs ?? Number.NaN)),
			row('Lighthouse TBT', (p) => ms(lh(p)?.tbtMs ?? Number.NaN)),
			row('Lighthouse CLS', (p) => (lh(p)?.cls ?? Number.NaN).toFixed(3)),
		],
	};
	const byWeight = codePagesByWeight(f, codePaths);
	const weights = byWeight.map((p) => p.firstViewGzip);
	const lightest = byWeight.at(-1);
	const every: Table = {
		title: `Every page (${f.sweep.length} pages, first view only)`,
		head: ['Measure', 'Figure'],
		rows: [
			['Code pages weighed', String(byWeight.length)],
			['Code page first view gzip, lightest', lightest ? `${kib(lightest.firstViewGzip)} (${show(lightest.path)})` : '-'],
			['Code page first view gzip, median', kib(median(weights))],
			['Code page first view gzip, heaviest', `${kib(weights[0] ?? Number.NaN)} (${show(byWeight[0]?.path ?? '?')})`],
			['Pages with JavaScript before interaction', jsBeforeInteraction(f).text],
			[
				'Pages answering other than 200',
				f.sweep
					.filter((p) => p.status !== 200)
					.map((p) => `${show(p.path)} ${p.status}`)
					.join(', ') || 'none',
			],
		],
	};
	const { cold, warm } = f.search;
	const site: Table = {
		title: 'Build and search',
		head: ['Measure', 'Median', 'Max', 'Runs'],
		rows: [
			[
				'Build (npx astro build, with Pagefind)',
				seconds(f.builds.medianMs),
				seconds(Math.max(...f.builds.runsMs)),
				f.builds.runsMs.map(seconds).join(', '),
			],
			[`Cold search, fresh page on ${cold.page}`, ms(cold.medianMs), ms(cold.maxMs), `${cold.runs.length} queries`],
			[`Warm search, index loaded on ${warm.page}`, ms(warm.medianMs), ms(warm.maxMs), `${warm.runs.length} queries`],
			[
				'Checker: a 100 KB response (Node, rule engine only)',
				`${f.checker.checkMs.medianMs.toFixed(1)} ms`,
				`${f.checker.checkMs.maxMs.toFixed(1)} ms`,
				`${f.checker.checkMs.runs.length} runs`,
			],
		],
	};
	const r = f.relevance;
	const relevance: Table = {
		title: 'Search relevance',
		head: ['Relevance measure', 'Figure'],
		rows: [
			['Relevance: queries (tests/search-relevance.tsv)', String(r.queries)],
			['Relevance: right code first', percent(r.first, r.queries)],
			['Relevance: right code in the first three', percent(r.firstThree, r.queries)],
			['Relevance: queries answering nothing', r.empty.length ? `${r.empty.length}: ${r.empty.join('; ')}` : '0'],
			[
				'Relevance: queries missing the first three',
				r.outcomes
					.filter((o) => o.at < 1 || o.at > 3)
					.map((o) => `"${o.query}" (${o.expected.join('/')}; got ${o.shown.slice(0, 3).join(', ') || 'nothing'})`)
					.join('; ') || 'none',
			],
		],
	};
	const verdicts: Table = {
		title: 'Budgets',
		head: ['Budget', 'Actual', 'Verdict'],
		rows: budgets.map((b) => [b.budget, b.actual, b.met ? 'MET' : 'MISSED']),
	};
	return [pages, every, site, relevance, verdicts];
}

/** Aligned plain text: columns padded to their widest cell. */
export function toText(all: readonly Table[]): string {
	return all
		.map((t) => {
			const widths = t.head.map((_, i) => Math.max(...[t.head, ...t.rows].map((r) => (r[i] ?? '').length)));
			const line = (cells: readonly string[]) =>
				cells
					.map((c, i) => c.padEnd(widths[i] ?? 0))
					.join('  ')
					.trimEnd();
			return [t.title, line(t.head), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)].join('\n');
		})
		.join('\n\n');
}

/** Markdown tables, one per section, for the README. */
export function toMarkdown(all: readonly Table[], note: string): string {
	const escape = (cell: string) => cell.replace(/\|/g, '\\|').trim();
	const line = (cells: readonly string[]) => `| ${cells.map(escape).join(' | ')} |`;
	const sections = all.map((t) => [`### ${t.title}`, '', line(t.head), line(t.head.map(() => '---')), ...t.rows.map(line)].join('\n'));
	return `${note}\n\n${sections.join('\n\n')}\n`;
}
