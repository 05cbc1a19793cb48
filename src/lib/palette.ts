// The site's colours for what CSS cannot colour (link-preview images, the web app manifest), read from the
// light scheme in src/styles/tokens.css, so each colour is written once.
import css from '../styles/tokens.css?raw';

/** The custom properties of the stylesheet's first `:root` block, by name without the `--`. */
export function customProperties(stylesheet: string): Record<string, string> {
	const root = /:root\s*\{([^}]*)\}/.exec(stylesheet)?.[1] ?? '';
	return Object.fromEntries([...root.matchAll(/--([\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const properties = customProperties(css);

/** One light-scheme colour by its custom property's name, e.g. `c4`; a missing one stops the build. */
export function color(name: string): string {
	const value = properties[name];
	if (!value) throw new Error(`src/styles/tokens.css: :root has no --${name}, which src/lib/palette.ts reads.`);
	return value;
}
