import type { APIRoute, GetStaticPaths } from 'astro';
import sharp from 'sharp';
import favicon from '../../public/favicon.svg?raw';

/** The manifest's icons, rendered from public/favicon.svg at build time. */
export const getStaticPaths = (() => [{ params: { size: '192' } }, { params: { size: '512' } }]) satisfies GetStaticPaths;

/** Renders the favicon at the requested size. */
export const GET: APIRoute = async ({ params }) => {
	const size = Number(params.size);
	const png = await sharp(Buffer.from(favicon), { density: (72 * size) / 32 })
		.resize(size, size)
		.png({ compressionLevel: 9 })
		.toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
