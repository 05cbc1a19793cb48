// The header's view of the search: the WAI-ARIA APG combobox with a listbox popup ("Editable Combobox With List
// Autocomplete"). DOM focus stays in the field, the arrow keys move through the results by
// aria-activedescendant, Enter opens one, Escape closes the popup, and leaving the search closes it.
import { el, resultExcerpt, resultName, type ShownResult } from './render';
import type { SearchSession, SearchView, Shown } from './session';

/** Results the header's panel shows for a bare query; the search page and filtered searches list every match. */
const MAX_RESULTS = 10;

/** One option of the listbox: a link out of the Tab order, named by its code and phrase, described by its excerpt. */
function renderOption(result: ShownResult, index: number): HTMLAnchorElement {
	const id = `site-search-option-${index}`;
	// The excerpt is the option's description, not part of its name: hidden from the name, read after it.
	const excerpt = resultExcerpt(result, 'span', { id: `${id}-excerpt`, 'aria-hidden': 'true' });
	const option = el('a', {
		id,
		href: result.data.url,
		class: 'search-option',
		tabindex: -1,
		role: 'option',
		'aria-selected': 'false',
		'aria-describedby': excerpt.id,
	});
	option.append(resultName(result, el('span')), excerpt);
	return option;
}

/** The header's popup of results, scoped to its <site-search> element. */
export class Combobox implements SearchView {
	readonly limit = MAX_RESULTS;
	readonly inPage = false;
	readonly region: HTMLElement;
	readonly #session: SearchSession;
	/** The <site-search> element around the field, the form and the panel. */
	readonly #root: HTMLElement;
	readonly #input: HTMLInputElement;
	readonly #status = el('p', { role: 'status', class: 'search-status' });
	readonly #list = el('div', { id: 'site-search-listbox', class: 'search-list', role: 'listbox', 'aria-label': 'Search results' });
	readonly #more = el('p', { class: 'search-more' });
	#active = -1;

	constructor(session: SearchSession, root: HTMLElement, region: HTMLElement) {
		this.#session = session;
		this.#root = root;
		this.#input = session.input;
		this.region = region;
		this.#list.hidden = true;
		region.append(this.#status, this.#list, this.#more);
		const input = this.#input;
		input.setAttribute('aria-controls', this.#list.id);
		input.setAttribute('role', 'combobox');
		input.setAttribute('aria-autocomplete', 'list');
		input.setAttribute('aria-expanded', 'false');
		input.addEventListener('input', () => this.#open());
		// Focus from outside the search opens the popup only over a query already typed: focus passing through the
		// empty field opens nothing. Focus coming back from inside the search (Escape) opens nothing either.
		input.addEventListener('focus', (event) => {
			if (!this.#within(event.relatedTarget) && input.value.trim()) this.#open();
		});
		input.addEventListener('click', () => {
			if (input.value.trim()) this.#open();
		});
		input.addEventListener('keydown', (event) => this.#onFieldKey(event));
		root.addEventListener('keydown', (event) => this.#onEscape(event));
		const leave = (event: Event) => {
			if (!this.#within(event.target)) this.#close();
		};
		document.addEventListener('focusin', leave);
		document.addEventListener('pointerdown', leave);
	}

	ready(): void {
		if (this.#within(document.activeElement) && this.#input.value.trim()) this.#open();
	}

	failed(): void {
		this.#close();
	}

	show({ data, status, more }: Shown): void {
		this.#setActive(-1);
		this.#list.replaceChildren(...data.map(renderOption));
		this.#list.hidden = data.length === 0;
		this.#status.textContent = status;
		this.#more.replaceChildren(...more);
	}

	/** Shows the popup, once search works. */
	#open(): void {
		if (!this.#session.ready) return;
		this.region.hidden = false;
		this.#input.setAttribute('aria-expanded', 'true');
	}

	/** Hides the popup. */
	#close(): void {
		this.#setActive(-1);
		this.region.hidden = true;
		this.#input.setAttribute('aria-expanded', 'false');
	}

	#options(): HTMLAnchorElement[] {
		return [...this.#list.querySelectorAll<HTMLAnchorElement>('[role="option"]')];
	}

	/** Marks option `index` as the active one (-1: none), for the eye and for assistive technology. */
	#setActive(index: number): void {
		const options = this.#options();
		this.#active = index;
		options.forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
		const option = options[index];
		if (option) {
			this.#input.setAttribute('aria-activedescendant', option.id);
			option.scrollIntoView({ block: 'nearest' });
		} else {
			this.#input.removeAttribute('aria-activedescendant');
		}
	}

	/** The field's keys, as the APG combobox pattern has them. */
	#onFieldKey(event: KeyboardEvent): void {
		const options = this.#options();
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			const down = event.key === 'ArrowDown';
			// Alt+Down opens the popup without moving in it; Alt+Up closes it.
			if (event.altKey) return down ? this.#open() : this.#close();
			this.#open();
			if (!options.length) return;
			const from = this.#active < 0 ? (down ? -1 : 0) : this.#active;
			this.#setActive((from + (down ? 1 : -1) + options.length) % options.length);
		} else if (event.key === 'Enter' && !this.region.hidden && options[this.#active]) {
			event.preventDefault();
			options[this.#active]?.click();
		} else if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
			// These move the text cursor: the active option goes back to the field.
			this.#setActive(-1);
		}
	}

	/** One Escape closes the popup, from the field or from anywhere in it, and focus goes back to the field. */
	#onEscape(event: KeyboardEvent): void {
		if (event.key !== 'Escape' || this.region.hidden) return;
		// Without this, the search field's own Escape would also clear it, and that input would reopen the popup.
		event.preventDefault();
		this.#close();
		this.#input.focus();
	}

	/** True when `target` is inside the search (field, button, panel). */
	#within(target: EventTarget | null): boolean {
		return target instanceof Node && this.#root.contains(target);
	}
}
