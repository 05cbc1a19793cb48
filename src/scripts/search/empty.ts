// The answer to a query none of whose words the site knows: not a dead end, but the two ways to find a
// code without the right word, the index and the "which code should I send?" guide.
import { withBase } from '../../lib/base';

/** Nodes for the search's "more" line when nothing matches: links to the index and to the guide. */
export function emptyOffer(): (Node | string)[] {
	const link = (path: string, text: string) => {
		const a = document.createElement('a');
		a.href = withBase(path);
		a.textContent = text;
		return a;
	};
	return [
		'Browse ',
		link('/', 'every code in the index'),
		', or answer a few questions in ',
		link('/guide/', 'the guide to choosing a code'),
		'.',
	];
}
