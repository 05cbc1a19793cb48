// The search's DOM, built with DOM APIs and text nodes only, so nothing a user types or an excerpt holds is ever
// parsed as markup (Pagefind's own result list sets innerHTML). A tiny element builder, after Pagefind's
// modular UI (helpers/element-builder.js).
import type { Shown } from './session';

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

/** One result as a view lists it. */
export type ShownResult = Shown['data'][number];

/** A result's name: its code's badge and its reason phrase, or "Comparison:" and the comparison's question, in `element`. */
export function resultName<E extends HTMLElement>({ data, kind }: ShownResult, element: E): E {
	element.classList.add('result-link');
	const code = data.meta['code'];
	if (code) element.append(badge(code, data.meta['registered'] !== 'no'), ' ');
	const title = data.meta['phrase'] ?? data.meta['title'] ?? data.url;
	element.append(el('span', {}, kind === 'comparison' && !title.startsWith('Compar') ? `Comparison: ${title}` : title));
	return element;
}

/**
 * A result's excerpt, in an element of `tag`: the sentence Pagefind matched, or for a name pasted from code the name
 * with its ecosystem ("Django REST framework: status.HTTP_429_TOO_MANY_REQUESTS").
 */
export function resultExcerpt({ data, name }: ShownResult, tag: 'p' | 'span', attributes: Record<string, string> = {}): HTMLElement {
	const text = name ? [`${name.label}: `, el('mark', {}, el('code', {}, name.name))] : excerptNodes(data.excerpt);
	return el(tag, { class: 'result-excerpt', ...attributes }, ...text);
}
