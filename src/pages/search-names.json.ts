import type { APIRoute } from 'astro';
import { searchNamesAsset } from '../lib/search-names';
import { getSite } from '../lib/site';

/** The framework names and vendor words the search UI fetches beside Pagefind, on the first search only. */
export const GET: APIRoute = async () => {
	const { unregistered } = await getSite();
	const vendors = unregistered.flatMap((entry) => entry.uses.map((use) => use.vendor));
	const titles = unregistered.map((entry) => [entry.data.title, entry.data.code] as const);
	return new Response(JSON.stringify(searchNamesAsset(undefined, vendors, titles)), { headers: { 'Content-Type': 'application/json' } });
};
