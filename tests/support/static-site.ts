// A static server for a built site whose files can be swapped for another build at the same address, as a
// deploy does: the offline tests need it to see a service worker find a new build. `astro preview` serves one
// directory for its life, so it cannot.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
};

/** A built site served at `url`; `serve(dir)` swaps the directory it serves. */
export interface StaticSite {
	url: string;
	serve(dir: string): void;
	close(): Promise<void>;
}

/** Serves `dir` on 127.0.0.1 (a secure context, as service workers need) under `base`, with its 404.html for misses. */
export async function startStaticSite(dir: string, base: string): Promise<StaticSite> {
	let root = dir;
	const server: Server = createServer((request, response) => {
		void (async () => {
			const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
			let file = path.startsWith(base) ? join(root, normalize(path.slice(base.length - 1))) : '';
			if (file && (await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html');
			const body = file && (await readFile(file).catch(() => undefined));
			// Every file revalidates, as a deploy's would: the service worker, not the HTTP cache, keeps the copy.
			const headers = { 'Cache-Control': 'no-cache' };
			if (body) {
				response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
				response.end(body);
			} else {
				response.writeHead(404, { ...headers, 'Content-Type': TYPES['.html'] });
				response.end(await readFile(join(root, '404.html')));
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the static site server has no port');
	return {
		url: `http://127.0.0.1:${address.port}${base}`,
		serve: (next) => (root = next),
		close: () =>
			new Promise((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			}),
	};
}
