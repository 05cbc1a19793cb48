/**
 * Prefixes a site path with the configured base (`BASE_PATH`), so the site works under a sub-path.
 * Build steps that run outside Vite (the Markdown plugins) pass the base themselves.
 */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
	return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}
