// Counting the site's own words in an MDX description: what a reader reads, not the Markdown around it.

/** The words of a Markdown body: link targets, code marks, heading marks and emphasis left out. */
export function proseWords(markdown: string): string[] {
	const text = markdown
		.replace(/\]\([^)]*\)/g, ']') // a link's target is not prose; its text is
		.replace(/[`*_#[\]>]/g, ' ');
	return text.match(/[\p{L}\p{N}][\p{L}\p{N}'’./-]*/gu) ?? [];
}

/** The first pair of neighbouring words on one line that repeat ("the the"), case aside, or undefined. */
export function doubledWord(text: string): string | undefined {
	// A line break is where one block ends and the next begins (a heading, then a label), and a tab where one table
	// cell ends and the next begins ("Kept", then "Kept" in the next column): neither is a doubled word.
	return /\b(\p{L}[\p{L}'’-]*)[^\S\n\t]+\1\b/iu.exec(text)?.[0];
}
