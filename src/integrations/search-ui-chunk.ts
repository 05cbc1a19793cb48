import type { Plugin } from 'vite';

const ID = 'virtual:search-ui-url';
const RESOLVED = `\0${ID}`;

/**
 * Builds the search UI as its own chunk and gives the loader its URL as a plain string, with Pagefind's
 * URL beside it. A plain `import('./search-ui')` would make Vite wrap it in a module-preload helper larger
 * than the loader itself; Pagefind's URL is worked out here, once, so the loader carries no code for it.
 */
export default function searchUiChunk(entry: string): Plugin {
	let build = false;
	let base = '/';
	return {
		name: 'search-ui-chunk',
		configResolved(config) {
			build = config.command === 'build';
			base = config.base;
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			const pagefind = `export const pagefindUrl = ${JSON.stringify(`${base.replace(/\/?$/, '/')}pagefind/pagefind.js`)};`;
			if (!build) return `export default ${JSON.stringify(`/@fs${entry}`)};\n${pagefind}`;
			const ref = this.emitFile({ type: 'chunk', id: entry, name: 'search-ui' });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};\n${pagefind}`;
		},
	};
}
