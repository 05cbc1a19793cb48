import type { AstroIntegration } from 'astro';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parents } from 'mdast';
import type { MdastPluginDefinition } from 'satteri';
import { withBase } from '../lib/base';
import { codeMentions } from '../lib/code-mentions';
import { readFolder } from '../lib/content-files';
import { codeFacts } from '../lib/model';

/** Where a code's page lives, by code, from content/codes (the one list of codes) through the site's model. */
function readCodePages(root: string): Map<number, { phrase: string; path: string }> {
	const pages = new Map<number, { phrase: string; path: string }>();
	// Lenient: frontmatter-check and the schema report a broken file; a link less changes nothing there.
	for (const { data } of readFolder('codes', { lenient: true, root })) {
		const { code, phrase } = (data ?? {}) as { code?: unknown; phrase?: unknown };
		if (typeof code === 'number' && typeof phrase === 'string') pages.set(code, { phrase, path: codeFacts(code, phrase).path });
	}
	return pages;
}

// Text under these is already a link or a heading; a code in it stays as written.
const NO_LINKS = new Set(['heading', 'link', 'linkReference']);

/** The Markdown plugin: turns each code named in prose into a link to its page, once per paragraph. */
function codeLinksPlugin(codesDir: string, base: string): MdastPluginDefinition {
	let pages: ReturnType<typeof readCodePages> | undefined;
	let phrases: Map<number, string> | undefined;
	const seen = new WeakMap<object, Set<number>>();
	return {
		name: 'code-links',
		before() {
			pages ??= readCodePages(join(codesDir, '..', '..'));
			phrases ??= new Map([...pages].map(([code, page]) => [code, page.phrase]));
		},
		text(node, ctx) {
			if (!pages || !phrases) return;
			// Each code is linked once per paragraph: a second "400" two words later needs no second link.
			let block: object = node;
			for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent; parent = ctx.parent(parent)) {
				if (NO_LINKS.has(parent.type)) return;
				if (block === node || parent.type === 'paragraph') block = parent;
			}
			// A code's own page does not link to itself.
			const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '';
			const own = dirname(file) === codesDir ? Number(/^(\d{3})\.mdx?$/.exec(basename(file))?.[1]) : NaN;
			const linked = seen.get(block) ?? new Set<number>();
			seen.set(block, linked);
			const mentions = codeMentions(node.value, phrases).filter((m) => {
				if (m.code === own || linked.has(m.code)) return false;
				linked.add(m.code);
				return true;
			});
			if (mentions.length === 0) return;
			const parts: Parameters<typeof ctx.replaceNode>[1] = [];
			let at = 0;
			for (const { start, end, code } of mentions) {
				if (start > at) parts.push({ type: 'text', value: node.value.slice(at, start) });
				parts.push({
					type: 'link',
					url: withBase(pages.get(code)!.path, base),
					children: [{ type: 'text', value: node.value.slice(start, end) }],
				});
				at = end;
			}
			if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
			ctx.replaceNode(node, parts);
		},
	};
}

/**
 * Links the codes named in the descriptions ("use 422 instead") to their pages at build time, so no
 * author writes those links by hand. Registers a plugin with Astro's Markdown processor, which MDX uses too.
 */
export default function codeLinks(): AstroIntegration {
	return {
		name: 'code-links',
		hooks: {
			'astro:config:setup': ({ config }) => {
				const { processor } = config.markdown;
				const options = processor.options as { mdastPlugins?: unknown[] };
				if (processor.name !== 'satteri' || !Array.isArray(options.mdastPlugins)) {
					throw new Error(`code-links: expected Astro's default Markdown processor (Sätteri), found "${processor.name}".`);
				}
				const codesDir = join(fileURLToPath(config.root), 'content', 'codes');
				options.mdastPlugins.push(codeLinksPlugin(codesDir, config.base));
			},
		},
	};
}
