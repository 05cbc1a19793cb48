import type { Run } from './inline-code';

// What reads as code in a method or endpoint: HTTP methods, @-endpoints and dotted package names.
const IDENTIFIER = /@[\w-]+|\b(?:GET|HEAD|POST|PUT|PATCH|DELETE|OPTIONS|TRACE|CONNECT)\b|\b[a-z][\w-]*(?:\.[a-z][\w-]*)+\b/g;

/** Splits text into runs where only the identifiers in it are code: `a content object` stays prose. */
export function identifierRuns(text: string): Run[] {
	const runs: Run[] = [];
	let at = 0;
	for (const match of text.matchAll(IDENTIFIER)) {
		if (match.index > at) runs.push({ text: text.slice(at, match.index), code: false });
		runs.push({ text: match[0], code: true });
		at = match.index + match[0].length;
	}
	if (at < text.length) runs.push({ text: text.slice(at), code: false });
	return runs;
}

/**
 * How a plone.restapi use names its request, as one phrase: "`POST` `@login`", "`PATCH` on a content
 * object", "Any method on any protected resource".
 */
export function requestRuns(method: string, endpoint: string): Run[] {
	const anyMethod = /^any\b/i.test(method);
	const methodRuns = anyMethod ? identifierRuns(`Any method${method.replace(/^any( method)?/i, '')}`) : identifierRuns(method);
	// "POST @login" is how developers write a request; prose endpoints and "any method" read better with "on".
	const joiner = !anyMethod && endpoint.startsWith('@') ? ' ' : ' on ';
	return [...methodRuns, { text: joiner, code: false }, ...identifierRuns(endpoint)];
}
