import { AstroError } from 'astro/errors';

/** A build-stopping error that names the file, the field and how to fix it. */
export function contentError(file: string | undefined, field: string, problem: string, fix: string): AstroError {
	return new AstroError(`${file ?? '(unknown file)'}: \`${field}\` ${problem}`, fix);
}
