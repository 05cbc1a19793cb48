import type { Code } from './codes';
import { withBase } from './base';
import { specUrl, type Spec } from './spec';
import { usedByPlone } from './plone';
import { constantsByCode } from './framework-constants';
import { exportLines } from './in-your-code';

/** A source as /codes.json publishes it: document, section and the link to it. */
function withUrl(spec: Spec) {
	return { ...spec, url: specUrl(spec) };
}

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
		url: withBase(code.path),
		spec: withUrl(data.spec),
		status: data.status,
		cacheable: { state: data.cacheable.state, source: withUrl(data.cacheable.source) },
		headers: data.headers.map(({ field, strength, when, source }) => ({
			field,
			strength,
			...(when ? { when } : {}),
			source: withUrl(source),
		})),
		plone: {
			used: usedByPlone(data.plone),
			glossary: data.plone.glossary !== false,
			returns: data.plone.returns.map(({ method, endpoint }) => ({ method, endpoint })),
		},
		related: data.related.map((ref) => Number(ref.id)),
		aliases: data.aliases,
		situations: data.situations,
		notWhen: data.notWhen.map(({ code: ref, why }) => ({ code: Number(ref.id), why })),
		// What each of eleven languages and frameworks calls the code (data/framework-constants.tsv).
		constants: exportLines(data.code, constantsByCode().get(data.code)),
	};
}
