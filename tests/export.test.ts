import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { specUrl } from '../src/lib/spec';
import { codes } from '../catalog/content';
import { registry } from './support/registry';

test('/codes.json holds every registered code with the facts its page shows', { tag: BASE_PATH_TAG }, async ({ request }) => {
	const response = await request.get('codes.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const body = (await response.json()) as { count: number; codes: Record<string, unknown>[] };
	expect(body.codes.map((c) => c.code)).toEqual(registry.map((r) => r.code));
	expect(body.count).toBe(registry.length);
	for (const entry of body.codes) {
		const code = codes.find((c) => c.code === entry.code)!;
		const { data } = code;
		expect(entry).toMatchObject({
			phrase: code.phrase,
			class: code.class,
			anchor: code.anchor,
			status: data.status,
			cacheable: { state: data.cacheable.state, source: { ...data.cacheable.source, url: specUrl(data.cacheable.source) } },
			aliases: data.aliases,
			related: data.related.map((ref) => Number(ref.id)),
		});
		// Each rule with its source and the link to it, as the page shows it beside the rule.
		expect(entry.headers).toEqual(
			data.headers.map((h) => ({
				field: h.field,
				strength: h.strength,
				...(h.when ? { when: h.when } : {}),
				source: { ...h.source, url: specUrl(h.source) },
			})),
		);
		expect((entry.spec as { url: string }).url).toBe(specUrl(data.spec));
		expect((entry.plone as { used: boolean }).used).toBe(data.plone.glossary !== false || data.plone.returns.length > 0);
		expect(entry.url).toMatch(new RegExp(`/${code.anchor}/$`));
	}
});

test('every URL in /codes.json opens the page of its code', { tag: BASE_PATH_TAG }, async ({ request }) => {
	test.setTimeout(budgetFor(codes.length));
	const body = (await (await request.get('codes.json')).json()) as { codes: { code: number; phrase: string; url: string }[] };
	for (const entry of body.codes) {
		// entry.url is a site path that already carries any base path.
		const page = await request.get(entry.url);
		expect(page.status(), entry.url).toBe(200);
		expect(await page.text()).toContain(`<title>${entry.code} ${entry.phrase} ·`);
	}
});
