import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts';
import { getSite } from '../../lib/site';
import { socialImageSvg } from '../../lib/social-image';

/** The route's param for an image path the model gives, e.g. `og/404-not-found.png` -> `404-not-found`. */
const ogName = (path: string) => path.replace(/^og\/|\.png$/g, '');

/** One link-preview image per code, plus one for the site, rendered at build time. */
export const getStaticPaths = (async () => {
	const { codes, unregistered } = await getSite();
	return [
		{ params: { image: 'site' }, props: { badge: 'HTTP', heading: SITE_TITLE, summary: SITE_DESCRIPTION } },
		...codes.map((code) => ({
			params: { image: ogName(code.ogImage) },
			props: { badge: String(code.data.code), heading: code.data.phrase, summary: code.data.summary },
		})),
		...unregistered.map((entry) => ({
			params: { image: ogName(entry.ogImage) },
			props: { badge: String(entry.data.code), heading: entry.data.title, summary: entry.data.summary, unregistered: true },
		})),
	];
}) satisfies GetStaticPaths;

/** Renders the card's SVG to PNG. */
export const GET: APIRoute = async ({ props }) => {
	const {
		badge,
		heading,
		summary,
		unregistered = false,
	} = props as { badge: string; heading: string; summary: string; unregistered?: boolean };
	const png = await sharp(Buffer.from(socialImageSvg(badge, heading, summary, SITE_TITLE, unregistered)))
		// Quantizing at the lowest effort is a third of the time of the default for files about 1% larger; the cards
		// hold a few flat colours and text.
		.png({ compressionLevel: 9, palette: true, effort: 1 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
