// Frontmatter for unit tests: the least a code or an unregistered number needs to pass its schema, parsed through
// the site's own schemas, so each test writes only the fields it is about.
import { codeData, unregisteredData } from '../../src/lib/content-files.ts';

/** A registered code's parsed frontmatter: its number, a phrase, and `extra` over the minimal valid fields. */
export const codeFrontmatter = (n: number, extra: Record<string, unknown> = {}) =>
	codeData.parse({
		code: n,
		phrase: `Phrase ${n}`,
		class: `${String(n)[0]}xx`,
		summary: 'One sentence.',
		spec: { document: 'RFC 9110', section: '15' },
		cacheable: { state: 'never', source: { document: 'RFC 9111', section: '3' } },
		...extra,
	});

/** One vendor's use of an unregistered number, with every field its schema asks for. */
export const vendorUse = (vendor: string) => ({
	vendor,
	seen: 'seen',
	cause: 'cause',
	fix: 'fix',
	seenBy: 'the log',
	sentToClient: false,
	quote: 'quote',
	sources: [{ url: 'https://nginx.org/', title: 'nginx' }],
});

/** An unregistered number's parsed frontmatter: one nginx use and an `instead`, with `extra` over them. */
export const unregisteredFrontmatter = (n: number, extra: Record<string, unknown> = {}) =>
	unregisteredData.parse({
		code: n,
		title: 'A name',
		summary: 'One sentence.',
		uses: [vendorUse('nginx')],
		instead: [{ code: '504', when: 'then' }],
		...extra,
	});
