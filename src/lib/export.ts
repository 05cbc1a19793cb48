import type { Code } from './codes';
import { withBase } from './base';
import { specUrl } from './spec';
import { usedByPlone } from './status';
import { constantsByCode } from './framework-constants';
import { exportLines } from './in-your-code';

/** One code as /codes.json publishes it. */
export function exportCode(code: Code) {
	const { data } = code;
	return {
		code: data.code,
		registered: true,
		phrase: data.phrase,
		class: data.class,
		summary: data.summary,
		anchor: code.anchor,
		url: withBase(`${code.anchor}/`),
		spec: { ...data.spec, url: specUrl(data.spec) },
		status: data.status,
		cacheable: data.cacheable,
		headers: data.headers.map(({ field, strength }) => ({ field, strength })),
		plone: { used: usedByPlone(data.plone), glossary: data.plone.glossary, returns: data.plone.returns.map(({ method, endpoint }) => ({ method, endpoint })) },
		related: data.related.map((ref) => Number(ref.id)),
		aliases: data.aliases,
		// What each of eleven languages and frameworks calls the code (data/framework-constants.tsv).
		constants: exportLines(data.code, constantsByCode().get(data.code)),
	};
}
