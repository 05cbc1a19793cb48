import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

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
					logger.info(`Pagefind indexed ${page_count} pages.`);
				} finally {
					await close();
				}
			},
		},
	};
}
