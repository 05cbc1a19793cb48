import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { splitFrontmatter } from '../lib/content-files';

const HINT =
	'Fix the lines between the two `---` markers: quote a value that contains ": " or starts with [ { " \' or #, close every [ and {, and indent list items by two spaces.';

/** Before Astro loads the content, reports broken YAML frontmatter with the file, the line and how to fix it. */
export default function frontmatterCheck(): AstroIntegration {
	return {
		name: 'frontmatter-check',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const root = fileURLToPath(config.root);
				const dir = join(root, 'content');
				const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => /\.mdx?$/.test(f));
				for (const file of files) {
					const text = readFileSync(join(dir, file), 'utf8');
					const frontmatter = splitFrontmatter(text)?.yaml;
					if (frontmatter === undefined) continue;
					try {
						yaml.load(frontmatter);
					} catch (error) {
						if (!(error instanceof yaml.YAMLException)) throw error;
						const line = error.mark ? error.mark.line + 2 : 1;
						throw new AstroError(`${relative(root, join(dir, file))}:${line}: the frontmatter is not valid YAML (${error.reason}).`, HINT);
					}
				}
			},
		},
	};
}
