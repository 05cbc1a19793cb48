// The shareable link's fragment (`#response=…&request=…`, percent-encoded; a fragment never reaches a server)
// and the masking of credentials before a link is copied. Pure, so the tests hold it to its word.

/** The two inputs as a link carries them. */
export interface SharedInputs {
	response: string;
	request: string;
}

/** The fragment for the inputs, without the `#`; an empty request is left out. */
export function toFragment({ response, request }: SharedInputs): string {
	const parts = [`response=${encodeURIComponent(response)}`];
	if (request.trim() !== '') parts.push(`request=${encodeURIComponent(request)}`);
	return parts.join('&');
}

/** The inputs a fragment carries, or undefined when it carries no response; bad percent-encoding reads as absent. */
export function fromFragment(hash: string): SharedInputs | undefined {
	const values = new Map<string, string>();
	for (const part of hash.replace(/^#/, '').split('&')) {
		const eq = part.indexOf('=');
		if (eq < 0) continue;
		try {
			values.set(part.slice(0, eq), decodeURIComponent(part.slice(eq + 1)));
		} catch {
			// A truncated link: the field it damaged is left empty rather than half-filled.
		}
	}
	const response = values.get('response');
	return response === undefined ? undefined : { response, request: values.get('request') ?? '' };
}

/** The fields whose values are secrets. */
export const SECRET_FIELDS = ['Authorization', 'Proxy-Authorization', 'Cookie', 'Set-Cookie'];
const MASK = '[masked]';
const SECRET_LINE = /^((?:[<>] )?(authorization|proxy-authorization|cookie|set-cookie)[ \t]*:[ \t]*)(.*)$/gim;

/** The value with its secret replaced; an authorization keeps its scheme (`Bearer [masked]`) so the rules still see it. */
function maskValue(name: string, value: string): string {
	if (/authorization$/i.test(name)) {
		const scheme = /^\S+/.exec(value.trim())?.[0];
		return scheme && value.trim() !== scheme ? `${scheme} ${MASK}` : MASK;
	}
	return MASK;
}

/** The input with the values of Authorization, Proxy-Authorization, Cookie and Set-Cookie masked, in HTTP text or a HAR file. */
export function maskSecrets(text: string): string {
	if (text.trim().startsWith('{')) {
		try {
			const secret = new Set(SECRET_FIELDS.map((f) => f.toLowerCase()));
			return JSON.stringify(
				JSON.parse(text, function (key, value: unknown) {
					if (key === 'cookies' && Array.isArray(value)) return [];
					if (typeof value === 'object' && value !== null && 'name' in value && 'value' in value) {
						const header = value as { name: unknown; value: unknown };
						if (typeof header.name === 'string' && secret.has(header.name.toLowerCase()))
							return { ...header, value: maskValue(header.name, String(header.value)) };
					}
					return value;
				}),
				null,
				1,
			);
		} catch {
			// Not JSON after all: masked as HTTP text below.
		}
	}
	return text.replace(SECRET_LINE, (_all, prefix: string, name: string, value: string) => `${prefix}${maskValue(name, value)}`);
}
