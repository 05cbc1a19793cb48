import type { APIRoute } from 'astro';
import { getCodes } from '../lib/codes';
import { exportCode } from '../lib/export';

/** Every code as JSON, built from the same content as the pages. */
export const GET: APIRoute = async () => {
	const codes = await getCodes();
	const body = {
		description: 'Every registered HTTP status code, from the IANA HTTP Status Code Registry, with the facts shown on each page.',
		count: codes.length,
		codes: codes.map(exportCode),
	};
	return new Response(`${JSON.stringify(body, null, '\t')}\n`, { headers: { 'Content-Type': 'application/json' } });
};
