import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './support/fixtures';
import { codes } from './support/content';
import { relevanceSet } from './support/relevance';
import { buildScratch } from './support/scratch';

/** The frontmatter fields this feature adds. */
type Situations = { situations?: string[]; notWhen?: { code: string; why: string }[] };
const byCode = new Map(codes.map((c) => [String(c.code), c]));

for (const code of codes) {
	const { situations = [], notWhen = [] } = code.data as Situations;
	test(`the ${code.title} page lists when to send it, and links the right code for each "not when"`, async ({ page }) => {
		await page.goto(`${code.anchor}/`);
		const section = page.getByRole('region', { name: 'Send it when' });
		await expect(section.getByRole('listitem').filter({ hasNot: page.getByRole('link') })).toHaveText(situations);
		const others = section.getByRole('listitem').filter({ has: page.getByRole('link') });
		if (notWhen.length) await expect(section.getByRole('heading', { name: 'Not when' })).toBeVisible();
		await expect(others).toHaveCount(notWhen.length);
		for (const [i, { code: other, why }] of notWhen.entries()) {
			const target = byCode.get(other)!;
			await expect(others.nth(i)).toContainText(why);
			await expect(others.nth(i).getByRole('link', { name: target.title })).toHaveAttribute('href', new RegExp(`/${target.anchor}/$`));
		}
		if (notWhen[0]) {
			await others.first().getByRole('link').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(byCode.get(notWhen[0].code)!.title);
		}
	});
}

test('every code says when to send it, in at least two situations', () => {
	const thin = codes.filter((c) => ((c.data as Situations).situations ?? []).length < 2).map((c) => c.code);
	expect(thin).toEqual([]);
});

// Short queries are the names of things ("captive portal"), which a situation may well use; a longer one
// found whole in a situation would prove nothing about the search.
test('no situation repeats a query of the relevance set word for word', () => {
	const normal = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
	const copies = (situation: string, query: string) => normal(situation) === normal(query) || (normal(query).split(' ').length >= 4 && normal(situation).includes(normal(query)));
	const copied = codes.flatMap((c) =>
		((c.data as Situations).situations ?? []).flatMap((s) => relevanceSet.filter((q) => copies(s, q.query)).map((q) => `${c.code}: "${s}" holds "${q.query}"`)),
	);
	expect(copied).toEqual([]);
});

test('a "not when" naming a code that has no page stops the build, naming the file and the field', () => {
	const file = 'content/codes/404.mdx';
	const { status, output } = buildScratch((dir) => {
		const path = join(dir, file);
		writeFileSync(path, readFileSync(path, 'utf8').replace(/^notWhen:\n/m, 'notWhen:\n  - { code: "499", why: "no such code." }\n'));
	});
	expect(status, output).not.toBe(0);
	for (const part of [file, '`notWhen`', '"499"']) expect(output).toContain(part);
});

test('/codes.json carries each code\'s situations and "not when" codes, for the guide and other tools', async ({ request }) => {
	const body = (await (await request.get('codes.json')).json()) as { codes: { code: number; situations: string[]; notWhen: { code: number; why: string }[] }[] };
	for (const code of codes) {
		const { situations = [], notWhen = [] } = code.data as Situations;
		const entry = body.codes.find((c) => c.code === code.code);
		expect(entry, String(code.code)).toMatchObject({ situations, notWhen: notWhen.map(({ code: other, why }) => ({ code: Number(other), why })) });
	}
});
