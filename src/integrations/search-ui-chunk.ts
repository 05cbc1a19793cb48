import type { Plugin } from 'vite';

const ID = 'virtual:search-ui-url';
const RESOLVED = `\0${ID}`;

/**
 * Builds the search UI as its own chunk and gives the loader its URL as a plain string. A plain
 * `import('./search-ui')` would make Vite wrap it in a module-preload helper larger than the loader itself.
 */
export default function searchUiChunk(entry: string): Plugin {
	let build = false;
	return {
		name: 'search-ui-chunk',
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId(id) {
			return id === ID ? RESOLVED : undefined;
		},
		load(id) {
			if (id !== RESOLVED) return undefined;
			if (!build) return `export default ${JSON.stringify(`/@fs${entry}`)};`;
			const ref = this.emitFile({ type: 'chunk', id: entry, name: 'search-ui' });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		},
	};
}
