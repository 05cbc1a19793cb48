// The status-specific data the checker needs, derived from the content collection: each code's header rules
// (strength, condition, source), its registry status and page, and each unregistered number's vendors. The page
// serialises it into itself; the tests build it from the same content, so the frontmatter stays the one source.
import type { HeaderRule } from '../header-rules.ts';
import type { Spec } from '../spec.ts';

/** What the checker knows about a registered code. */
export interface CodeRules {
	phrase: string;
	/** Registry status: permanent, temporary, unused, deprecated, reserved or obsoleted. */
	status: string;
	/** Where the code is defined. */
	spec: Spec;
	/** The code's page, relative to the site's base. */
	page: string;
	headers: HeaderRule[];
}

/** What the checker knows about a number outside the registry. */
export interface UnregisteredRules {
	title: string;
	/** Who sends it, e.g. `nginx`, `Cloudflare`. */
	vendors: string[];
	page: string;
}

/** Every code and unregistered number, keyed by number (as a string, so it survives JSON). */
export interface RuleData {
	codes: Record<string, CodeRules>;
	unregistered: Record<string, UnregisteredRules>;
}

/** A code's frontmatter fields that the checker reads. */
interface CodeInput {
	code: number;
	phrase: string;
	status: string;
	spec: Spec;
	headers: HeaderRule[];
}

/** An unregistered number's frontmatter fields that the checker reads. */
interface UnregisteredInput {
	code: number;
	title: string;
	uses: { vendor: string; product?: string | undefined }[];
}

/** Builds the checker's data from the collection's entries; `pageOf` gives each code's page path. */
export function buildRuleData(
	codes: readonly CodeInput[],
	unregistered: readonly UnregisteredInput[],
	pageOf: (code: number, phrase: string) => string,
): RuleData {
	const data: RuleData = { codes: {}, unregistered: {} };
	for (const c of codes)
		data.codes[String(c.code)] = { phrase: c.phrase, status: c.status, spec: c.spec, page: pageOf(c.code, c.phrase), headers: c.headers };
	for (const u of unregistered)
		data.unregistered[String(u.code)] = {
			title: u.title,
			vendors: [...new Set(u.uses.map((use) => use.product ?? use.vendor))],
			page: `unregistered/${u.code}/`,
		};
	return data;
}
