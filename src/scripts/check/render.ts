// Draws the checker's outcome into the page: one report per response, each finding with its level, the field
// or rule, the line it is about, and links to the RFC section and the site's page; then what was checked.
import { countLevels, type Finding, type ParseError, type ResponseReport } from '../../lib/check/findings';
import { specCitation, specUrl } from '../../lib/spec';
import { withBase } from '../../lib/base';

/** Makes an element with a class and children (strings become text, never HTML). */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
	const node = document.createElement(tag);
	if (className) node.className = className;
	node.append(...children);
	return node;
}

function link(href: string, text: string): HTMLAnchorElement {
	const a = el('a', '', text);
	a.href = href;
	return a;
}

/** Text with `code` spans as <code>, the way the findings write field names and values. */
function inline(text: string): (Node | string)[] {
	return text
		.split(/(`[^`]*`)/)
		.map((part) => (part.startsWith('`') && part.endsWith('`') && part.length > 1 ? el('code', '', part.slice(1, -1)) : part));
}

function findingItem(finding: Finding): HTMLLIElement {
	const li = el(
		'li',
		'',
		el('strong', `check-level check-level-${finding.level.toLowerCase()}`, finding.level),
		el('strong', '', finding.subject),
		': ',
		...inline(finding.message),
	);
	if (finding.quote !== undefined) li.append(el('code', 'check-quote', `${finding.line ? `${finding.line}: ` : ''}${finding.quote}`));
	const links = el('span', 'check-links', link(specUrl(finding.source), specCitation(finding.source)));
	if (finding.page)
		links.append(' · ', link(withBase(finding.page), finding.page.startsWith('unregistered/') ? 'the number’s page' : 'the code’s page'));
	li.append(links);
	return li;
}

/** One response's report as an article. */
function reportArticle(report: ResponseReport, index: number, total: number): HTMLElement {
	const counts = countLevels(report.findings);
	const title = total > 1 ? `Response ${index + 1} of ${total}: ` : 'Response: ';
	const article = el('article', 'check-report', el('h3', '', title, el('code', '', report.statusLine)));
	if (report.method) article.append(el('p', 'check-hint', `Judged as the answer to ${report.method}.`));
	if (counts.MUST + counts.SHOULD === 0) article.append(el('p', 'check-ok', 'No problems found'));
	if (report.findings.length > 0) article.append(el('ul', 'check-findings', ...report.findings.map(findingItem)));
	const details = el('details', '', el('summary', '', `What was checked (${report.checked.length} rules)`));
	details.append(el('ul', '', ...report.checked.map((line) => el('li', '', ...inline(line)))));
	article.append(details);
	return article;
}

/** Shows the reports and returns the one-line summary for the live region. */
export function renderReports(target: HTMLElement, reports: readonly ResponseReport[]): string {
	target.replaceChildren(...reports.map((r, i) => reportArticle(r, i, reports.length)));
	const all = countLevels(reports.flatMap((r) => r.findings));
	const what = reports.length === 1 ? '1 response' : `${reports.length} responses`;
	if (all.MUST + all.SHOULD === 0)
		return `Checked ${what}: no problems found${all.Note ? `, ${all.Note} ${all.Note === 1 ? 'note' : 'notes'}` : ''}.`;
	return `Checked ${what}: ${all.MUST} MUST, ${all.SHOULD} SHOULD, ${all.Note} ${all.Note === 1 ? 'note' : 'notes'}.`;
}

/** Shows what could not be read, line by line, and returns the summary. */
export function renderErrors(target: HTMLElement, field: 'response' | 'request', errors: readonly ParseError[]): string {
	const list = el('ul', 'check-errors', ...errors.map((e) => el('li', '', ...inline(e.message))));
	target.replaceChildren(list);
	return `The ${field} could not be read: ${errors[0]?.message.replace(/`/g, '') ?? ''}`;
}
