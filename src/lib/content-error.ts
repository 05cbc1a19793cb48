import { AstroError } from 'astro/errors';

/** A build-stopping error that names the file, the field and how to fix it. */
export function contentError(file: string | undefined, field: string, problem: string, fix: string): AstroError {
	return new AstroError(`${file ?? '(unknown file)'}: \`${field}\` ${problem}`, fix);
}

/** Stops the build when a file's name is not its `code`, or when it has no description below its frontmatter. */
export function checkFileNameAndBody(
	entry: { id: string; filePath?: string | undefined; body?: string | undefined },
	code: number,
	writeHint: string,
): void {
	if (entry.id !== String(code)) {
		throw contentError(
			entry.filePath,
			'code',
			`is ${code}, but the file is named "${entry.id}".`,
			`Name the file ${code}.mdx, or set \`code\` to the number in its name.`,
		);
	}
	if (!entry.body?.trim())
		throw contentError(entry.filePath, 'description', 'is empty: the file has no text below its frontmatter.', writeHint);
}
