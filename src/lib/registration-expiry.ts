// A temporary registration's expiry, from the IANA registry copy in data/, and what a page says about it on the
// day it is built. Plain functions of their inputs (the build date is an argument), so Node's test runner checks them.
import { readFileSync } from 'node:fs';

/** The registry copy, relative to the project root (where `astro build` runs), as data/README.md describes it. */
export const REGISTRY_FILE = 'data/iana-status-codes.tsv';

/** The registry's own page, where a renewal or a change shows first. */
export const REGISTRY_URL = 'https://www.iana.org/assignments/http-status-codes/';

/** The date in a registry status such as "temporary (registration listed as expiring 2026-11-13)", or undefined. */
export function expiryInStatus(status: string): string | undefined {
	return /^temporary\b.*?\bexpiring (\d{4}-\d{2}-\d{2})\b/.exec(status)?.[1];
}

/** Each code with a temporary registration and its expiry date (YYYY-MM-DD), from the registry copy's text. */
export function parseExpiries(tsv: string): Map<number, string> {
	const [header = '', ...lines] = tsv.trimEnd().split('\n');
	const columns = header.split('\t');
	const codeAt = columns.indexOf('code');
	const statusAt = columns.indexOf('registry_status');
	if (codeAt < 0 || statusAt < 0) throw new Error(`${REGISTRY_FILE}: the header lacks the column "code" or "registry_status".`);
	const expiries = new Map<number, string>();
	for (const line of lines) {
		const cells = line.split('\t');
		const status = cells[statusAt] ?? '';
		const date = expiryInStatus(status);
		if (date) expiries.set(Number(cells[codeAt]), date);
		else if (status.startsWith('temporary'))
			// A temporary registration without its date would silently show no expiry: the copy must say it.
			throw new Error(`${REGISTRY_FILE}: ${cells[codeAt]} is temporary but its status gives no "expiring YYYY-MM-DD".`);
	}
	return expiries;
}

let cached: Map<number, string> | undefined;

/** The expiry date of a code's temporary registration, from the registry copy; undefined for any other code. */
export function registrationExpiry(code: number): string | undefined {
	cached ??= parseExpiries(readFileSync(REGISTRY_FILE, 'utf8'));
	return cached.get(code);
}

/** The words of the notice that link to the registry. */
export const REGISTRY_LINK_TEXT = 'IANA registry';

/** What a page says about a registration's expiry on a given day: whether it has passed, and the sentence. */
export interface ExpiryNotice {
	expired: boolean;
	/** The expiry date, YYYY-MM-DD. */
	date: string;
	/** The sentence; its words `REGISTRY_LINK_TEXT` link to the registry. */
	text: string;
}

/** The notice for an expiry date as of `today` (the build date); undefined when the registration does not expire. */
export function expiryNotice(date: string | undefined, today: Date): ExpiryNotice | undefined {
	if (!date) return undefined;
	// The registration holds through its last day; it has expired once that UTC day is over.
	const expired = today.toISOString().slice(0, 10) > date;
	return expired
		? { expired, date, text: `The registration expired on ${date}; check the ${REGISTRY_LINK_TEXT} for its renewal.` }
		: {
				expired,
				date,
				text: `Registered until ${date}, temporarily: the ${REGISTRY_LINK_TEXT} shows whether it is renewed.`,
			};
}
