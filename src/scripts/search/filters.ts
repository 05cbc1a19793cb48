// The search's filters: one labelled select per Pagefind filter (class, registry, cacheability, plone.restapi).
import type { PagefindFilters } from './pagefind-types';
import { el } from './render';

/** Chosen filter values by filter name, as Pagefind takes them. */
export type ChosenFilters = Record<string, string[]>;

/** The filters' element, and the values chosen in it. */
export interface Filters {
	element: HTMLElement;
	selected(): ChosenFilters;
}

/** One labelled select per filter; a change re-runs the search. The arrow keys stay the select's own. */
export function renderFilters(filters: PagefindFilters, onChange: () => void): Filters {
	const selects = Object.entries(filters).map(([name, values], i) => {
		const select = el('select', { id: `search-filter-${i}`, name });
		select.append(
			new Option('Any', ''),
			...Object.keys(values)
				.sort()
				.map((value) => new Option(value, value)),
		);
		select.addEventListener('change', onChange);
		return select;
	});
	const element = el(
		'div',
		{ class: 'search-filters' },
		...selects.map((select) => el('span', { class: 'search-filter' }, el('label', { for: select.id }, select.name), select)),
	);
	const selected = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
	return { element, selected };
}
