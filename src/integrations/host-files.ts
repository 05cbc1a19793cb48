import type { AstroIntegration } from 'astro';
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CSP } from '../lib/csp';

/** Writes `_headers` and `_redirects` (read by Netlify and Cloudflare Pages) into the build, under the base path. */
export default function hostFiles(): AstroIntegration {
	let base = '/';
	return {
		name: 'host-files',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.replace(/\/?$/, '/');
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
				];
				await writeFile(`${out}_headers`, `${headers.join('\n')}\n`);
				// The short links, from the same export the site publishes: /codes/404/ -> /404-not-found/.
				type Short = { code: number; url: string; alsoRegistered?: boolean };
				const { codes, unregistered = [] } = JSON.parse(await readFile(`${out}codes.json`, 'utf8')) as {
					codes: Short[];
					unregistered?: Short[];
				};
				// An unregistered number that is also registered (451) keeps the registered code's short link.
				const redirects = [...codes, ...unregistered.filter((u) => !u.alsoRegistered)].flatMap(({ code, url }) => [
					`${base}codes/${code} ${url} 301`,
					`${base}codes/${code}/ ${url} 301`,
				]);
				await writeFile(`${out}_redirects`, `${redirects.join('\n')}\n`);
				logger.info(`Wrote _headers and _redirects (${redirects.length} short links).`);
			},
		},
	};
}
