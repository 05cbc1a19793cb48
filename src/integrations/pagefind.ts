import type { AstroIntegration } from 'astro';
import { readdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/** Pagefind's ready-made UIs: the site has its own search UI (src/scripts/search/), so these never load. */
const UNUSED_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/;

/** Indexes the built site with Pagefind's Node API as the last build step; any indexing error stops the build. */
export default function pagefind(): AstroIntegration {
	return {
		name: 'pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors: createErrors } = await createIndex({ forceLanguage: 'en' });
					if (!index) throw new Error(createErrors.join('\n'));
					const { page_count, errors } = await index.addDirectory({ path: site });
					if (errors.length) throw new Error(errors.join('\n'));
					// A site with no indexed page has lost its data-pagefind-body markers: fail rather than ship dead search.
					if (page_count === 0) throw new Error('Pagefind indexed 0 pages: no page has data-pagefind-body.');
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length) throw new Error(written.errors.join('\n'));
					const unused = (await readdir(`${site}pagefind`)).filter((name) => UNUSED_UI.test(name));
					await Promise.all(unused.map((name) => rm(`${site}pagefind/${name}`)));
					logger.info(`Pagefind indexed ${page_count} pages.`);
				} finally {
					await close();
				}
			},
		},
	};
}
