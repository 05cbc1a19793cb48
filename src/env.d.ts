/** The built URL of src/scripts/search-ui.ts (see src/integrations/search-ui-chunk.ts). */
declare module 'virtual:search-ui-url' {
	const url: string;
	export default url;
}

/** The built URL of src/scripts/copy-link.ts (see src/integrations/search-ui-chunk.ts). */
declare module 'virtual:copy-link-url' {
	const url: string;
	export default url;
}
