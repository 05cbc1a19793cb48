// The dark scheme may change colours and nothing else: the accessibility tests rely on it when they run only
// axe's colour rules in the dark scheme (tests/support/axe.ts).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const SRC = join(import.meta.dirname, '..', '..', 'src');
/** Every file that can carry CSS: stylesheets, and components and pages with a <style> block. */
const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(css|astro)$/.test(f));
/** The stylesheet of the colour tokens, both schemes (src/lib/palette.ts reads the light one). */
const TOKENS = join('styles', 'tokens.css');
const DARK = /@media\s*\(\s*prefers-color-scheme\s*:\s*dark\s*\)\s*\{/g;

/** The text of the block that opens at `start` (just after its `{`), up to its matching `}`. */
function blockAt(css: string, start: number): string {
	let depth = 1;
	for (let i = start; i < css.length; i++) {
		if (css[i] === '{') depth++;
		else if (css[i] === '}' && --depth === 0) return css.slice(start, i);
	}
	throw new Error('unclosed block');
}

/** The custom properties a `:root { ... }` rule sets, by name. */
function rootProperties(css: string): Map<string, string> {
	return new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

test('the only dark-scheme rule redefines colour custom properties of :root, and nothing else', () => {
	const blocks = files.flatMap((file) => {
		const css = readFileSync(join(SRC, file), 'utf8');
		return [...css.matchAll(DARK)].map((m) => ({ file, css, body: blockAt(css, m.index + m[0].length) }));
	});
	assert.equal(blocks.length, 1, `dark-scheme rules in: ${blocks.map((b) => b.file).join(', ')}`);
	const { file, css, body } = blocks[0]!;
	assert.equal(file, TOKENS, 'the dark scheme sits with the light one, in the tokens stylesheet');
	const rule = /^\s*:root\s*\{([^{}]*)\}\s*$/.exec(body);
	assert.ok(rule, `${file}: the dark-scheme block holds one :root rule and nothing else`);
	const declarations = rule[1]!
		.split(';')
		.map((d) => d.trim())
		.filter(Boolean);
	const light = rootProperties(css.slice(0, css.search(DARK)));
	for (const declaration of declarations) {
		const [, name, value] = /^(--[\w-]+)\s*:\s*(.+)$/.exec(declaration) ?? [];
		assert.ok(name, `${file}: "${declaration}" is not a custom property`);
		assert.match(value!, /^#[0-9a-f]{6}$/i, `${file}: ${name} is not a colour`);
		assert.match(light.get(name)!, /^#[0-9a-f]{6}$/i, `${file}: ${name} is not a colour of the light scheme`);
	}
});
