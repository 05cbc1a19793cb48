import type { Plugin } from 'vite';

/**
 * Builds a script loaded on first use (the search UI, the copy-link action) as its own chunk and gives the
 * loader its URL as a plain string, from `virtual:<name>-url`. A plain `import('./search/index')` would make
 * Vite wrap it in a module-preload helper larger than the loader itself.
 */
export default function lazyChunk(entry: string, name: string): Plugin {
	const id = `virtual:${name}-url`;
	const resolved = `\0${id}`;
	let build = false;
	return {
		name: `lazy-chunk-${name}`,
		configResolved(config) {
			build = config.command === 'build';
		},
		resolveId(source) {
			return source === id ? resolved : undefined;
		},
		load(source) {
			if (source !== resolved) return undefined;
			if (!build) return `export default ${JSON.stringify(`/@fs${entry}`)};`;
			const ref = this.emitFile({ type: 'chunk', id: entry, name });
			return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
		},
	};
}
