// axe audits in both color schemes. The dark scheme redefines colours and nothing else (tests/unit/color-scheme.test.ts
// holds the stylesheet to that), so in the dark scheme only axe's colour rules can find something new.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

/** WCAG 2.2 A and AA, with axe's best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa', 'best-practice'];

/** The axe that an audit leaves in the page: the parts of its API this file calls. */
interface PageAxe {
	getRules: (tags: string[]) => { ruleId: string; tags: string[] }[];
	run: (context: Document, options: { runOnly: { type: 'rule'; values: string[] }; resultTypes: string[] }) => Promise<AxeResults>;
}

/** One readable line per node of each violation. */
const lines = (violations: AxeResults['violations']): string[] =>
	violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.replace(/\s+/g, ' ')}`));

/**
 * The page as it stands, audited by axe in the light scheme with every rule of the tags, then in the dark
 * scheme with the colour rules among them; the page is left in the light scheme.
 */
async function violationsInBothSchemes(page: Page): Promise<{ light: string[]; dark: string[] }> {
	await page.emulateMedia({ colorScheme: 'light' });
	// Legacy mode runs axe in the page itself. The default opens a blank page for every audit to merge the results
	// of frames, and the site has no frames: that page would cost more than the audit.
	// Only violations are read, so axe details nothing else (the passes are most of its work). options() replaces
	// all options, so it comes before withTags().
	const light = lines(
		(
			await new AxeBuilder({ page })
				.setLegacyMode(true)
				.options({ resultTypes: ['violations'] })
				.withTags(TAGS)
				.analyze()
		).violations,
	);
	await page.emulateMedia({ colorScheme: 'dark' });
	// The axe the light audit put in the page runs again, on the colour rules only.
	const dark = await page.evaluate(async (tags) => {
		const axe = (window as unknown as { axe: PageAxe }).axe;
		const rules = axe
			.getRules(['cat.color'])
			.filter((rule) => rule.tags.some((tag) => tags.includes(tag)))
			.map((rule) => rule.ruleId);
		// An empty list would make the dark audit check nothing.
		if (!rules.includes('color-contrast')) throw new Error(`axe's colour rules not found: ${rules.join(', ')}`);
		return (await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] })).violations;
	}, TAGS);
	await page.emulateMedia({ colorScheme: 'light' });
	return { light, dark: lines(dark) };
}

/** Fails the test with every violation of both schemes, each list under its scheme's name, after `what` when given. */
export async function expectNoViolations(page: Page, what?: string): Promise<void> {
	const { light, dark } = await violationsInBothSchemes(page);
	const where = (scheme: string) => [what, `in the ${scheme} color scheme`].filter(Boolean).join(', ');
	expect.soft(light, where('light')).toEqual([]);
	expect(dark, where('dark')).toEqual([]);
}
