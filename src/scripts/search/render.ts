// The search's DOM, built with DOM APIs and text nodes only, so nothing a user types or an excerpt holds is ever
// parsed as markup (Pagefind's own result list sets innerHTML). A tiny element builder, after Pagefind's
// modular UI (helpers/element-builder.js).
import type { PagefindResultData } from './pagefind-types';

/** An element with attributes (a `false` or `undefined` one is left out) and children (nodes or text). */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | number | boolean | undefined> = {},
	...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value !== undefined && value !== false) element.setAttribute(name, value === true ? '' : String(value));
	}
	element.append(...children);
	return element;
}

/** Pagefind's excerpt as nodes, keeping its <mark> highlights and nothing else. */
export function excerptNodes(excerpt: string): (Node | string)[] {
	const parsed = new DOMParser().parseFromString(excerpt, 'text/html');
	return [...parsed.body.childNodes].map((node) =>
		node.nodeName === 'MARK' ? el('mark', {}, node.textContent ?? '') : (node.textContent ?? ''),
	);
}

/**
 * A result's badge: its class colour, as CodeBadge.astro draws it, or for an unregistered number the outlined badge
 * of UnregisteredBadge.astro, never a class colour.
 */
export function badge(code: string, registered: boolean): HTMLElement {
	return registered
		? el('span', { class: `badge c${code[0]}xx` }, code)
		: el('span', { class: 'badge-unregistered' }, code, ' ', el('span', { class: 'badge-unregistered-label' }, 'unregistered'));
}

/** A result's name: its code's badge and its reason phrase, in `element`. */
export function resultName<E extends HTMLElement>(result: PagefindResultData, element: E): E {
	element.classList.add('result-link');
	const code = result.meta['code'];
	if (code) element.append(badge(code, result.meta['registered'] !== 'no'), ' ');
	element.append(el('span', {}, result.meta['phrase'] ?? result.meta['title'] ?? result.url));
	return element;
}

/** A result's excerpt, in an element of `tag`. */
export function resultExcerpt(result: PagefindResultData, tag: 'p' | 'span', attributes: Record<string, string> = {}): HTMLElement {
	return el(tag, { class: 'result-excerpt', ...attributes }, ...excerptNodes(result.excerpt));
}
