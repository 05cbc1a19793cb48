/** The built URL of src/scripts/search-ui.ts, and Pagefind's (see src/integrations/search-ui-chunk.ts). */
declare module 'virtual:search-ui-url' {
	const url: string;
	export default url;
	export const pagefindUrl: string;
}
