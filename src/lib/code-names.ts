// How a code is named everywhere: its class and its title, derived in one place.

/** The class a code belongs to: its first digit, then `xx`, e.g. `4xx` for 404. */
export function classOf(code: number | string): string {
	return `${String(code)[0]}xx`;
}

/** A code's title wherever it is named: its number and reason phrase, e.g. `404 Not Found`. */
export function codeTitle(code: number, phrase: string): string {
	return `${code} ${phrase}`;
}
