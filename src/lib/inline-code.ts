/** One run of text, marked as code where the author wrote it in backticks. */
export interface Run {
	text: string;
	code: boolean;
}

/** Splits `text with \`code\`` into runs, so components render code spans without parsing HTML. */
export function inlineCode(text: string): Run[] {
	return text
		.split('`')
		.map((part, i) => ({ text: part, code: i % 2 === 1 }))
		.filter((run) => run.text);
}
