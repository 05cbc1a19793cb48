import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

/** The service worker's file, at the base path; page-loader.ts registers it and `_headers` keeps it uncached. */
export const SW_FILE = 'sw.js';
/** The prefix of the worker's cache names; Workbox appends the scope, so each base path has caches of its own. */
export const CACHE_ID = 'http-status-codes';

/**
 * What the worker caches up front: every page, the scripts, styles, icons, the manifest and Pagefind's files,
 * so pages, search, the guide and the checker work offline. Left out, to keep the precache small: the
 * link-preview images (og/, read by other sites, never by a page), the `/codes.json` export and the sitemaps
 * (read by programs), the short-link stubs (`/codes/404/`, a redirect to a page that is cached), Pagefind's
 * worker and its wasm for unknown languages (the site searches on the main thread, in English) and the hosts' files.
 */
const GLOB = ['**/*.{html,js,css,json,webmanifest,png,svg,pagefind,pf_meta,pf_index,pf_fragment,pf_filter}'];
const IGNORE = [
	'og/**',
	'codes/**',
	'codes.json',
	'_headers',
	'_redirects',
	SW_FILE,
	'pagefind/pagefind-worker.js',
	'pagefind/wasm.unknown.pagefind',
];

/**
 * Writes `sw.js` for the build in `out`, served under `base`, with Workbox's generateSW. One precache,
 * versioned by each file's hash: a new build installs in the background as one set and waits until the reader
 * asks for it (skipWaiting off; the loader shows the notice), and its activation deletes the old build's
 * entries and any outdated cache. Workbox's runtime is inlined into sw.js: nothing is fetched from another
 * origin, as the Content-Security-Policy demands. Returns how many files it precaches and their bytes.
 */
export async function writeServiceWorker(out: string, base: string): Promise<{ count: number; size: number; warnings: string[] }> {
	return generateSW({
		globDirectory: out,
		globPatterns: GLOB,
		globIgnores: IGNORE,
		modifyURLPrefix: { '': base },
		// Astro's fingerprinted files carry their version in their name.
		dontCacheBustURLsMatching: /\/_astro\//,
		swDest: join(out, SW_FILE),
		inlineWorkboxRuntime: true,
		mode: 'production',
		sourcemap: false,
		cacheId: CACHE_ID,
		cleanupOutdatedCaches: true,
		clientsClaim: true,
		skipWaiting: false,
		// /search/?q=… is the search page; Pagefind's retry and timestamp parameters name the same file.
		ignoreURLParametersMatching: [/^utm_/, /^fbclid$/, /^q$/, /^retry$/, /^ts$/],
		// An address not in the precache goes to the network; offline, it gets the site's not-found page,
		// whose script says that the reader is offline (src/scripts/offline-note.ts).
		runtimeCaching: [
			{
				urlPattern: ({ request }) => request.mode === 'navigate',
				handler: 'NetworkOnly',
				options: { precacheFallback: { fallbackURL: `${base}404.html` } },
			},
		],
	});
}

/** Writes the service worker after Pagefind has written its index: list this integration after pagefind(). */
export default function serviceWorker(): AstroIntegration {
	let base = '/';
	return {
		name: 'service-worker',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
			},
			'astro:build:done': async ({ dir, logger }) => {
				const { count, size, warnings } = await writeServiceWorker(fileURLToPath(dir), base);
				for (const warning of warnings) logger.warn(warning);
				logger.info(`Wrote ${SW_FILE}: ${count} files precached, ${(size / 1024).toFixed(0)} KiB.`);
			},
		},
	};
}
