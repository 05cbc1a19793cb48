/** The built URL of src/scripts/search/index.ts (see src/integrations/vite-lazy-chunk.ts). */
declare module 'virtual:search-ui-url' {
	const url: string;
	export default url;
}

/** The built URL of src/scripts/copy-link.ts (see src/integrations/vite-lazy-chunk.ts). */
declare module 'virtual:copy-link-url' {
	const url: string;
	export default url;
}

/** The built URL of src/scripts/update-notice.ts (see src/integrations/vite-lazy-chunk.ts). */
declare module 'virtual:update-notice-url' {
	const url: string;
	export default url;
}
