// On a code page, the description links each other code it names, by number or by "CODE Phrase", to that
// code's page. Under the sub-path these links are checked by the crawl of tests/links.test.ts, which follows
// every link and fails one outside the site.
import { expect, type Page } from '@playwright/test';
import { codeMentions } from '../../../src/lib/code-mentions.ts';
import { codes, type TestCode } from '../../../catalog/content.ts';

const phrases = new Map(codes.map((c) => [c.code, c.phrase]));

/** The description as a reader sees it: no code spans, code blocks, headings, links or tags. */
function prose(body: string): string {
	return body
		.replace(/```[\s\S]*?```/g, '')
		.replace(/`[^`]*`/g, '')
		.replace(/^#+ .*$/gm, '')
		.replace(/\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/<[^>]+>/g, '');
}

/** The other codes a code's description names, each once. */
export function codesNamedBy(code: TestCode): number[] {
	return [...new Set(codeMentions(prose(code.body), phrases).map((m) => m.code))].filter((c) => c !== code.code);
}

/** Checks that the description links every code it names, never the page itself, and never a number in code type. */
export async function checkProseLinks(page: Page, code: TestCode): Promise<void> {
	// The description's paragraphs and lists (not the related codes or other lists that link codes anyway).
	const proseLinks = page.getByRole('article').locator('.description').getByRole('link');
	for (const other of codesNamedBy(code)) {
		const target = codes.find((c) => c.code === other)!;
		await expect(proseLinks.filter({ hasText: new RegExp(`^${other}\\b`) }).first(), String(other)).toHaveAttribute(
			'href',
			new RegExp(`/${target.path}$`),
		);
	}
	const hrefs = await proseLinks.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	expect(
		hrefs.filter((h) => h.endsWith(`/${code.path}`)),
		'no link to the page itself',
	).toEqual([]);
	// Numbers inside code spans stay code.
	expect(await page.getByRole('article').locator('code a').count()).toBe(0);
}
