import type { APIRoute } from 'astro';
import { SITE_DESCRIPTION, SITE_TITLE } from '../consts';
import { withBase } from '../lib/base';
import { color } from '../lib/palette';

/** The web app manifest, with paths under the site's base. */
export const GET: APIRoute = () =>
	new Response(
		JSON.stringify({
			name: SITE_TITLE,
			short_name: 'HTTP Codes',
			description: SITE_DESCRIPTION,
			start_url: withBase('/'),
			scope: withBase('/'),
			display: 'standalone',
			background_color: color('bg'),
			theme_color: color('link'),
			icons: [192, 512].map((size) => ({ src: withBase(`icon-${size}.png`), sizes: `${size}x${size}`, type: 'image/png', purpose: 'any' })),
		}),
		{ headers: { 'Content-Type': 'application/manifest+json' } },
	);
