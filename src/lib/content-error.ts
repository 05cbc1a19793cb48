import { AstroError } from 'astro/errors';
import type { ContentProblem } from './checks.ts';

/** A build-stopping error that names the file, the field and how to fix it. */
export function contentError(file: string | undefined, field: string, problem: string, fix: string): AstroError {
	return new AstroError(`${file ?? '(unknown file)'}: \`${field}\` ${problem}`, fix);
}

/** Stops the build on the first problem a check found, naming its file, field and fix. */
export function throwFirst(problems: readonly ContentProblem[]): void {
	const [first] = problems;
	if (first) throw contentError(first.file, first.field, first.problem, first.fix);
}
