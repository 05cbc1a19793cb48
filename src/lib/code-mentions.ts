/** A status code named in running text: where the mention starts and ends, and the code. */
export interface Mention {
	start: number;
	end: number;
	code: number;
}

// A standalone three-digit number: not part of a longer number or a word, not a piece of a section number
// such as 15.4.9 or a version such as 1.100, not an end of a range such as 200-299, not in a path.
const NUMBER = /(?<![\w.,/\-–:#])[1-5]\d\d(?![\w\-–]|[.,:]\d)/g;

/**
 * Finds the codes with pages named in a text ("use 422 instead"). A mention followed by the code's own
 * reason phrase ("406 Not Acceptable") spans the phrase too.
 */
export function codeMentions(text: string, phrases: ReadonlyMap<number, string>): Mention[] {
	const mentions: Mention[] = [];
	for (const match of text.matchAll(NUMBER)) {
		const code = Number(match[0]);
		const phrase = phrases.get(code);
		if (phrase === undefined) continue;
		const start = match.index;
		let end = start + match[0].length;
		const after = end + 1 + phrase.length;
		if (/[ \u00a0]/.test(text[end] ?? '') && text.startsWith(phrase, end + 1) && !/\w/.test(text[after] ?? '')) end = after;
		mentions.push({ start, end, code });
	}
	return mentions;
}
