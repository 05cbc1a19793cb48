// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import codeLinks from './src/integrations/code-links.ts';
import frontmatterCheck from './src/integrations/frontmatter-check.ts';
import hostFiles from './src/integrations/host-files.ts';
import pagefind from './src/integrations/pagefind.ts';
import serviceWorker from './src/integrations/service-worker.ts';
import lazyChunk from './src/integrations/vite-lazy-chunk.ts';
import { SHORT_LINK_FOLDER } from './src/lib/model.ts';

// SITE_URL and BASE_PATH let one build target any host and sub-path (e.g. BASE_PATH=/http-status/);
// OUT_DIR lets the tests build the base-path variant beside the root one.
export default defineConfig({
	site: process.env.SITE_URL ?? 'https://http-status-codes.example',
	// Always with its trailing slash, so import.meta.env.BASE_URL + 'x' is a path.
	base: (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/'),
	outDir: process.env.OUT_DIR ?? './dist',
	trailingSlash: 'always',
	build: { format: 'directory', inlineStylesheets: 'never' },
	// Scripts stay external files (the Content-Security-Policy allows no inline script), and the search
	// loader stays tiny: no module-preload helper, and the lazily loaded chunks' URLs come from lazyChunk.
	vite: {
		plugins: [
			lazyChunk(fileURLToPath(new URL('./src/scripts/search/index.ts', import.meta.url)), 'search-ui'),
			lazyChunk(fileURLToPath(new URL('./src/scripts/copy-link.ts', import.meta.url)), 'copy-link'),
			lazyChunk(fileURLToPath(new URL('./src/scripts/update-notice.ts', import.meta.url)), 'update-notice'),
		],
		build: {
			assetsInlineLimit: 0,
			modulePreload: false,
			rollupOptions: {
				// @astrojs/mdx emits a "use astro:head-inject" directive per file that the bundler warns about, harmlessly.
				onwarn(warning, warn) {
					if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
				},
			},
		},
	},
	integrations: [
		frontmatterCheck(),
		codeLinks(),
		mdx(),
		// The search page and the short-link redirects are not pages to list.
		sitemap({ filter: (page) => !new RegExp(`/(search|${SHORT_LINK_FOLDER}/\\d{3})/$`).test(page) }),
		pagefind(),
		// After pagefind(): the service worker precaches the index Pagefind has just written.
		serviceWorker(),
		hostFiles(),
	],
});
