import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import { SITE_DESCRIPTION, SITE_TITLE } from '../../consts';
import { getCodes } from '../../lib/codes';
import { socialImageSvg } from '../../lib/social-image';

/** One link-preview image per code, plus one for the site, rendered at build time. */
export const getStaticPaths = (async () => {
	const codes = await getCodes();
	return [
		{ params: { image: 'site' }, props: { badge: 'HTTP', heading: SITE_TITLE, summary: SITE_DESCRIPTION } },
		...codes.map((code) => ({
			params: { image: code.anchor },
			props: { badge: String(code.data.code), heading: code.data.phrase, summary: code.data.summary },
		})),
	];
}) satisfies GetStaticPaths;

/** Renders the card's SVG to PNG. */
export const GET: APIRoute = async ({ props }) => {
	const { badge, heading, summary } = props as { badge: string; heading: string; summary: string };
	const png = await sharp(Buffer.from(socialImageSvg(badge, heading, summary, SITE_TITLE))).png({ compressionLevel: 9, palette: true }).toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
