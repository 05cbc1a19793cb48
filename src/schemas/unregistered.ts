// The schema of an unregistered number's frontmatter (`content/unregistered/<code>.mdx`): one entry per vendor.
import { z } from 'astro/zod';
import type { CodeRef } from './code.ts';
import { missingOr, statusNumber, text } from './fields.ts';

/** The frontmatter schema of `content/unregistered/<code>.mdx`, given how references to registered codes are read. */
export function unregisteredSchema(codeRef: CodeRef) {
	/** A primary source: the vendor's documentation or source code. */
	const vendorSource = z.strictObject({
		/** The address, e.g. a GitHub blob URL pinned to a commit. */
		url: z.url({ error: missingOr('the source address, e.g. url: https://nginx.org/en/docs/…', 'must be a full https:// address') }),
		/** What the link says, e.g. `nginx source: src/http/ngx_http_request.h`. */
		title: text('what the link shows, e.g. "nginx documentation: return"'),
	});

	/** One vendor's use of the number. */
	const vendorUse = z.strictObject({
		/** The vendor, as the fact sheet names it; its slug makes the anchor, e.g. `499-nginx`. */
		vendor: text('the vendor, e.g. vendor: nginx'),
		/** The product, where the vendor name alone is vague, e.g. `Application Load Balancer`. */
		product: z.string().trim().min(1).optional(),
		/** The vendor's own reason phrase, if it gives one. */
		phrase: z.string().trim().min(1).optional(),
		/** The name the vendor's code gives the number, e.g. `NGX_HTTP_CLIENT_CLOSED_REQUEST`. */
		constant: z.string().trim().min(1).optional(),
		/** What the reader sees, in our words. */
		seen: text('what the reader sees'),
		/** What causes it, in our words. */
		cause: text('what causes it'),
		/** What to do about it, in our words. */
		fix: text('what to do about it'),
		/** Who observes the code: the client, or only a log, a configuration or a client library. */
		seenBy: text('who sees the code'),
		/** False when the number never travels to the client in a response (logs, configuration, client libraries). */
		sentToClient: z.boolean({
			error: missingOr('sentToClient: true or false (false when only a log or a library ever shows it)', 'must be true or false'),
		}),
		/** For a use that has ended: when and why, in our words. */
		historical: z.string().trim().min(1).optional(),
		/** A short verbatim quote from the first source. */
		quote: text('a short verbatim quote from the first source'),
		/** The primary sources, the quoted one first. */
		sources: z
			.array(vendorSource, {
				error: missingOr(
					'sources: the vendor documentation or source code, as a list of { url, title }',
					'must be a list of { url, title }',
				),
			})
			.min(1, 'must list at least one source: the vendor documentation or source code, as { url, title }'),
	});

	/** A registered code to send instead, and when. */
	const sendInstead = z.strictObject({
		/** The registered code; the build checks it exists. */
		code: codeRef,
		/** When it is the right choice, in our words. */
		when: text('when to send that code instead'),
	});

	return z.strictObject({
		/** The number; the file name must be the same, and it must not be a registered code unless `alsoRegistered`. */
		code: statusNumber(499),
		/** A short name for the page, in our words, e.g. `Client Closed Request`. */
		title: text('a short name for the page, e.g. "Client Closed Request"').pipe(
			z.string().max(31, 'must be at most 31 characters, so that the page title stays within 70'),
		),
		/** One sentence for the index, search results and link previews. */
		summary: text('a one-sentence summary').pipe(z.string().max(200, 'must be one sentence of at most 200 characters')),
		/** The number is also a registered code with another meaning (Exchange ActiveSync's 451). */
		alsoRegistered: z.boolean().default(false),
		/** Each vendor's use, one entry per vendor. */
		uses: z
			.array(vendorUse, { error: missingOr('uses: one entry per vendor', 'must be a list of vendor uses') })
			.min(1, 'must list at least one vendor use'),
		/** What to send instead when you are the one choosing a code. */
		instead: z
			.array(sendInstead, {
				error: missingOr('instead: the registered code(s) to send instead, as { code, when }', 'must be a list of { code, when }'),
			})
			.min(1, 'must name at least one registered code to send instead'),
	});
}
