// The offline copy's budgets, read from a build: what the service worker caches up front (the precache list
// Workbox wrote into sw.js, each file weighed raw, as the browser stores it, and gzip -9, as a compressing host
// sends it) and the page loader that registers it (gzip -9; it must stay <= 600 B).
// On its own: `node bench/offline.ts [dist]` prints the figures for a build that exists.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SW_FILE } from '../src/integrations/service-worker.ts';

/** The offline copy's figures. */
export interface OfflineFigures {
	/** Every file the service worker caches on its first install. */
	precache: { count: number; raw: number; gzip: number };
	/** The script every page loads (src/scripts/page-loader.ts), gzip -9. */
	loaderGzip: number;
}

/** Measures the offline copy of a build at `outDir`, served under `base`. */
export async function measureOffline(outDir: string, base = '/'): Promise<OfflineFigures> {
	const worker = await readFile(join(outDir, SW_FILE), 'utf8');
	const urls = [...worker.matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]!);
	if (urls.length === 0) throw new Error(`${SW_FILE} lists no precached file: has Workbox changed how it writes the list?`);
	let raw = 0;
	let gzip = 0;
	for (const url of urls) {
		if (!url.startsWith(base)) throw new Error(`precached ${url} is outside the base path ${base}`);
		const bytes = await readFile(join(outDir, url.slice(base.length)));
		raw += bytes.length;
		gzip += gzipSync(bytes, { level: 9 }).length;
	}
	const loader = (await readdir(join(outDir, '_astro'))).find((name) =>
		/^Search\.astro_astro_type_script_index_0_lang\..+\.js$/.test(name),
	);
	if (!loader) throw new Error('the page loader (the Search component’s script) is not in _astro/');
	const loaderGzip = gzipSync(await readFile(join(outDir, '_astro', loader)), { level: 9 }).length;
	return { precache: { count: urls.length, raw, gzip }, loaderGzip };
}

if (import.meta.main) {
	const outDir = resolve(process.argv[2] ?? 'dist');
	const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
	const { precache, loaderGzip } = await measureOffline(outDir, base);
	const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
	console.log(`precache: ${precache.count} files, ${kib(precache.raw)} raw, ${kib(precache.gzip)} gzip`);
	console.log(`page loader: ${loaderGzip} B gzip`);
}
