// The search's filters: one labelled select per Pagefind filter (class, registry, cacheability, plone.restapi, kind),
// behind a "Filters" button that says how many are chosen. They open only when asked for: four selects in the way of
// someone who only tabbed through the field would be four Tab stops and a panel over the page for nothing.
import type { PagefindFilters } from './pagefind-types';
import { el } from './render';

/** Chosen filter values by filter name, as Pagefind takes them. */
export type ChosenFilters = Record<string, string[]>;

/** The filters' element, and the values chosen in it. */
export interface Filters {
	element: HTMLElement;
	selected(): ChosenFilters;
}

/** The button's text: "Filters", or "Filters (2)" with two chosen. */
const buttonText = (chosen: number) => (chosen ? `Filters (${chosen})` : 'Filters');

/** A "Filters" button and, hidden until it is pressed, one labelled select per filter; a change re-runs the search. */
export function renderFilters(filters: PagefindFilters, onChange: () => void): Filters {
	const selects = Object.entries(filters).map(([name, values], i) => {
		const select = el('select', { id: `search-filter-${i}`, name });
		select.append(
			new Option('Any', ''),
			...Object.keys(values)
				.sort()
				.map((value) => new Option(value, value)),
		);
		return select;
	});
	const panel = el(
		'div',
		{ id: 'search-filter-list', class: 'search-filters', hidden: true },
		...selects.map((select) => el('span', { class: 'search-filter' }, el('label', { for: select.id }, select.name), select)),
	);
	const button = el(
		'button',
		{ type: 'button', class: 'search-filters-toggle', 'aria-expanded': 'false', 'aria-controls': panel.id },
		'Filters',
	);
	button.addEventListener('click', () => {
		panel.hidden = !panel.hidden;
		button.setAttribute('aria-expanded', String(!panel.hidden));
	});
	const selected = () => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, [s.value]]));
	for (const select of selects) {
		select.addEventListener('change', () => {
			button.textContent = buttonText(Object.keys(selected()).length);
			onChange();
		});
	}
	return { element: el('div', { class: 'search-filter-box' }, button, panel), selected };
}
