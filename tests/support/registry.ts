// The outside authorities the content is checked against, kept in data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = join(import.meta.dirname, '..', '..', 'data');

/** One row of the IANA HTTP Status Code Registry. */
export interface RegistryRow {
	code: number;
	phrase: string;
	spec: string;
	section: string;
	status: string;
	cacheable: boolean;
	headerRule: string;
}

/** Every registered code, from data/iana-status-codes.tsv. */
export const registry: RegistryRow[] = readFileSync(join(DATA, 'iana-status-codes.tsv'), 'utf8')
	.trimEnd()
	.split('\n')
	.slice(1)
	.map((line) => {
		const [code, phrase, spec, section, status, cacheable, headerRule] = line.split('\t');
		return { code: Number(code), phrase: phrase!, spec: spec!, section: section!, status: status!, cacheable: cacheable === 'yes', headerRule: headerRule ?? '' };
	});

/** The registry's header rule as strength and field names, e.g. `MUST send Allow` -> MUST [Allow]. */
export function parseHeaderRule(rule: string): { strength: string; fields: string[] }[] {
	if (!rule) return [];
	const optional = /^([\w-]+), when sent\b.*not required/.exec(rule);
	if (optional) return [{ strength: 'MAY', fields: [optional[1]!] }];
	const sends = /^(MUST|SHOULD|MAY) send (.+?)(?: (?:if|for|where)\b.*)?$/.exec(rule);
	if (!sends) throw new Error(`Unreadable header rule: ${rule}`);
	return [{ strength: sends[1]!, fields: sends[2]!.split(/, | and /) }];
}

/** The user's source page, as "heading" -> paragraph (headings without text are left out). */
export function seedTexts(): Map<string, string> {
	const lines = readFileSync(join(DATA, 'plone-restapi-status-codes.txt'), 'utf8').split('\n');
	const texts = new Map<string, string>();
	lines.forEach((line, i) => {
		const heading = /^(\dxx|\d{3}) .*#$/.exec(line.trim());
		const next = lines.slice(i + 1).find((l) => l.trim());
		if (heading && next && !next.trim().endsWith('#')) texts.set(heading[1]!, next.trim());
	});
	return texts;
}
