import type { APIRoute } from 'astro';
import { exportCode } from '../lib/export';
import { exportUnregistered } from '../lib/export-unregistered';
import { getSite } from '../lib/site';

/** Every code as JSON, built from the same content as the pages. */
export const GET: APIRoute = async () => {
	const { codes, unregistered } = await getSite();
	const body = {
		description:
			'Every registered HTTP status code, from the IANA HTTP Status Code Registry, with the facts shown on each page. `unregistered` lists, apart and uncounted, the numbers vendors use outside the registry.',
		count: codes.length,
		codes: codes.map(exportCode),
		unregistered: unregistered.map(exportUnregistered),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
