import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { readCodes, readUnregistered } from '../lib/content-files';
import { CSP } from '../lib/csp';
import { shortLinks, toCode, toUnregistered } from '../lib/model';
import { SW_FILE } from './service-worker';

/** Writes `_headers` and `_redirects` (read by Netlify and Cloudflare Pages) into the build, under the base path. */
export default function hostFiles(): AstroIntegration {
	let base = '/';
	let root = '';
	return {
		name: 'host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
				root = fileURLToPath(config.root);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const headers = [
					`${base}*`,
					`  Content-Security-Policy: ${CSP}`,
					'  X-Content-Type-Options: nosniff',
					'  Referrer-Policy: strict-origin-when-cross-origin',
					// Fingerprinted assets never change under their name; everything else revalidates.
					`${base}_astro/*`,
					'  Cache-Control: public, max-age=31536000, immutable',
					`${base}pagefind/*`,
					'  Cache-Control: public, max-age=300',
					`${base}og/*`,
					'  Cache-Control: public, max-age=86400',
					// The service worker's own file is checked on every visit, so a new deploy is found at once.
					`${base}${SW_FILE}`,
					'  Cache-Control: no-cache',
				];
				await writeFile(`${out}_headers`, `${headers.join('\n')}\n`);
				// The short links, from the same model as the pages' short-link stubs: /codes/404/ -> /404-not-found/.
				const codes = readCodes(root).map(toCode);
				const registered = new Map(codes.map((c) => [String(c.data.code), c]));
				const links = shortLinks(
					codes,
					readUnregistered(root).map((u) => toUnregistered(u, registered)),
				);
				const redirects = links.flatMap(({ from, to }) => [
					`${base}${from.replace(/\/$/, '')} ${base}${to} 301`,
					`${base}${from} ${base}${to} 301`,
				]);
				await writeFile(`${out}_redirects`, `${redirects.join('\n')}\n`);
				logger.info(`Wrote _headers and _redirects (${redirects.length} short links).`);
			},
		},
	};
}
