// On a code page, "Send it when": the situations of its frontmatter, then each "not when" with a link to the
// code to send instead.
import { expect, type Page } from '@playwright/test';
import { codes, type TestCode } from '../../../catalog/content.ts';

const byCode = new Map(codes.map((c) => [String(c.code), c]));

/** Checks the page's situations and "not when" links against the code's frontmatter. */
export async function checkSituations(page: Page, code: TestCode): Promise<void> {
	const { situations, notWhen } = code.data;
	const section = page.getByRole('region', { name: 'Send it when' });
	await expect(section.getByRole('listitem').filter({ hasNot: page.getByRole('link') })).toHaveText(situations);
	const others = section.getByRole('listitem').filter({ has: page.getByRole('link') });
	if (notWhen.length) await expect(section.getByRole('heading', { name: 'Not when' })).toBeVisible();
	await expect(others).toHaveCount(notWhen.length);
	for (const [i, { code: other, why }] of notWhen.entries()) {
		const target = byCode.get(other.id)!;
		await expect(others.nth(i)).toContainText(why);
		await expect(others.nth(i).getByRole('link', { name: target.title })).toHaveAttribute('href', new RegExp(`/${target.path}$`));
	}
}
