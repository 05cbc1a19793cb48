/** A defining document and section, as the IANA registry lists them. */
export interface Spec {
	document: string;
	section?: string | undefined;
}

/** Link to the section itself: RFCs on rfc-editor.org, drafts on the IETF datatracker. */
export function specUrl(spec: Spec): string {
	const anchor = spec.section ? `#section-${spec.section}` : '';
	const rfc = /^RFC (\d+)$/.exec(spec.document);
	if (rfc) return `https://www.rfc-editor.org/rfc/rfc${rfc[1]}${anchor}`;
	return `https://datatracker.ietf.org/doc/html/${spec.document}${anchor}`;
}

/** Human label, e.g. `RFC 9110, section 15.5.5`. */
export function specLabel(spec: Spec): string {
	return spec.section ? `${spec.document}, section ${spec.section}` : spec.document;
}

/** Short citation for beside a fact, e.g. `RFC 9110 §15.5.5`. */
export function specCitation(spec: Spec): string {
	return spec.section ? `${spec.document} §${spec.section}` : spec.document;
}
