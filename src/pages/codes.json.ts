import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { exportCode } from '../lib/export';
import { exportUnregistered } from '../lib/export-unregistered';
import { getUnregistered } from '../lib/unregistered';

/** Every code as JSON, built from the same content as the pages. */
export const GET: APIRoute = async () => {
	const [codes, unregistered] = await Promise.all([getCodes(), getUnregistered()]);
	const body = {
		description:
			'Every registered HTTP status code, from the IANA HTTP Status Code Registry, with the facts shown on each page. `unregistered` lists, apart and uncounted, the numbers vendors use outside the registry.',
		count: codes.length,
		codes: codes.map(exportCode),
		unregistered: unregistered.map(exportUnregistered),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
