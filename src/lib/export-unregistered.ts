import { withBase } from './base';
import type { Unregistered } from './unregistered';

/** One unregistered number as /codes.json publishes it: `registered: false`, with each vendor's use and sources. */
export function exportUnregistered(entry: Unregistered) {
	const { data } = entry;
	return {
		code: data.code,
		registered: false,
		// True only where the number is also registered with another meaning (451): the registered entry is in `codes`.
		alsoRegistered: data.alsoRegistered,
		title: data.title,
		summary: data.summary,
		anchor: entry.anchor,
		url: withBase(entry.path),
		vendors: entry.uses.map((use) => ({
			vendor: use.vendor,
			...(use.product ? { product: use.product } : {}),
			...(use.phrase ? { phrase: use.phrase } : {}),
			...(use.constant ? { constant: use.constant } : {}),
			anchor: use.anchor,
			url: withBase(use.path),
			sentToClient: use.sentToClient,
			historical: Boolean(use.historical),
			sources: use.sources.map((s) => s.url),
		})),
		instead: entry.instead.map(({ code }) => code.data.code),
	};
}
