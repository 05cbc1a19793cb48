// The search UI, loaded on the first interaction with the search field. Results are built with DOM
// APIs and text nodes only, so nothing a user types or an excerpt holds is ever parsed as markup.
import { withBase } from '../lib/base';
import type { Pagefind, PagefindResultData } from './pagefind';

const MAX_RESULTS = 8;

/** Loads Pagefind from the site's own bundle. */
async function loadPagefind(): Promise<Pagefind> {
	const url = withBase('pagefind/pagefind.js');
	const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
	await pagefind.options({ baseUrl: withBase('/'), excerptLength: 18 });
	await pagefind.init();
	return pagefind;
}

/** Appends Pagefind's excerpt, keeping its <mark> highlights and nothing else. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
	for (const node of parsed.body.childNodes) {
		if (node.nodeName === 'MARK') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			target.append(mark);
		} else {
			target.append(node.textContent ?? '');
		}
	}
}

/** A query that is a code number puts that code first. */
function codeFirst(query: string, results: PagefindResultData[]): PagefindResultData[] {
	const code = query.trim();
	if (!/^[1-5]\d\d$/.test(code)) return results;
	return [...results].sort((a, b) => Number(b.meta.code === code) - Number(a.meta.code === code));
}

/** One result row: badge, title link, excerpt. */
function renderResult(result: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.href = result.url;
	link.className = 'result-link';
	const code = result.meta.code;
	if (code) {
		const badge = document.createElement('span');
		badge.className = `badge c${code[0]}xx`;
		badge.textContent = code;
		link.append(badge, ' ');
	}
	link.append(result.meta.phrase ?? result.meta.title ?? result.url);
	const excerpt = document.createElement('p');
	excerpt.className = 'result-excerpt';
	appendExcerpt(excerpt, result.excerpt);
	item.append(link, excerpt);
	return item;
}

/** Wires the search UI to the header's search field. */
export async function attach(input: HTMLInputElement): Promise<void> {
	const panel = document.getElementById('site-search-results');
	const form = input.form;
	if (!panel || !form) return;
	const status = document.createElement('p');
	status.setAttribute('role', 'status');
	status.className = 'search-status';
	const list = document.createElement('ul');
	list.setAttribute('aria-label', 'Search results');
	list.className = 'search-list';
	panel.append(status, list);
	input.setAttribute('aria-controls', panel.id);
	const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
	const close = () => {
		panel.hidden = true;
		input.setAttribute('aria-expanded', 'false');
	};

	status.textContent = 'Loading search…';
	const pagefind = await loadPagefind();
	let latest = 0;

	const run = async (): Promise<void> => {
		const query = input.value.trim();
		const ticket = ++latest;
		if (!query) {
			list.replaceChildren();
			status.textContent = '';
			close();
			return;
		}
		const search = await pagefind.search(query);
		if (!search || ticket !== latest) return;
		const data = codeFirst(query, await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data())));
		if (ticket !== latest) return;
		list.replaceChildren(...data.map(renderResult));
		const count = search.results.length;
		status.textContent = count === 0 ? `No codes match “${query}”.` : `${count} ${count === 1 ? 'code matches' : 'codes match'} “${query}”.`;
		panel.hidden = false;
		input.setAttribute('aria-expanded', 'true');
	};

	input.addEventListener('input', () => void run());
	input.addEventListener('focus', () => {
		if (input.value.trim() && list.childElementCount) panel.hidden = false;
	});
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		links()[0]?.click();
	});
	form.parentElement?.addEventListener('keydown', (event) => {
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (event.key === 'Escape') {
			close();
			input.focus();
		} else if (event.key === 'ArrowDown' && all.length) {
			event.preventDefault();
			all[Math.min(at + 1, all.length - 1)]?.focus();
		} else if (event.key === 'ArrowUp' && at >= 0) {
			event.preventDefault();
			(at === 0 ? input : all[at - 1])?.focus();
		}
	});
	document.addEventListener('click', (event) => {
		if (!form.parentElement?.contains(event.target as Node)) close();
	});
	await run();
}
