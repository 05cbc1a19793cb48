/**
 * `load` run once per build and shared by every page that asks; under `astro dev` it runs on each call, so an
 * edited content file shows on the next reload instead of the first version read.
 */
export function once<T>(load: () => Promise<T>): () => Promise<T> {
	let cached: Promise<T> | undefined;
	return () => (import.meta.env.DEV ? load() : (cached ??= load()));
}
