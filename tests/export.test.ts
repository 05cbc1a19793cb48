import { BASE_PATH_TAG, budgetFor, expect, test } from './support/fixtures';
import { codes } from '../catalog/content';
import { registry } from '../catalog/registry';

const rfc = (n: number, section: string) => ({
	document: `RFC ${n}`,
	section,
	url: `https://www.rfc-editor.org/rfc/rfc${n}#section-${section}`,
});

test('/codes.json holds every registered code with the facts its page shows', { tag: BASE_PATH_TAG }, async ({ request }) => {
	const base = new URL(test.info().project.use.baseURL!).pathname;
	const response = await request.get('codes.json');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	const body = (await response.json()) as { count: number; codes: Record<string, unknown>[]; unregistered: Record<string, unknown>[] };
	expect(body.codes.map((c) => c.code)).toEqual(registry.map((r) => r.code));
	expect(body.count).toBe(registry.length);
	for (const entry of body.codes) expect(entry.url, String(entry.code)).toBe(`${base}${codes.find((c) => c.code === entry.code)!.path}`);
	const find = (code: number) => body.codes.find((c) => c.code === code);
	// Records written out by hand: the export's shape, not a second copy of its code.
	expect(find(404)).toMatchObject({
		code: 404,
		registered: true,
		phrase: 'Not Found',
		class: '4xx',
		anchor: '404-not-found',
		url: `${base}404-not-found/`,
		spec: rfc(9110, '15.5.5'),
		status: 'permanent',
		cacheable: { state: 'heuristic', source: rfc(9110, '15.1') },
		headers: [],
		plone: { used: true, glossary: true },
	});
	// Rules that share a condition each carry it; a rule with no condition has no `when` at all.
	const rule304 = (field: string) => ({
		field,
		strength: 'MUST',
		when: 'a 200 to the same request would have carried it',
		source: rfc(9110, '15.4.5'),
	});
	expect(find(304)).toMatchObject({
		cacheable: { state: 'explicit', source: rfc(9111, '3') },
		headers: ['Content-Location', 'Date', 'ETag', 'Vary', 'Cache-Control', 'Expires'].map(rule304),
		plone: { used: false, glossary: false, returns: [] },
	});
	expect(find(418)).toMatchObject({
		phrase: '(Unused)',
		status: 'unused',
		aliases: ["I'm a teapot"],
		plone: { used: false, glossary: false, returns: [] },
	});
	expect(find(451)).toMatchObject({
		anchor: '451-unavailable-for-legal-reasons',
		headers: [{ field: 'Link', strength: 'SHOULD', source: rfc(7725, '4') }],
	});
	expect((find(451)!.headers as object[])[0]).not.toHaveProperty('when');
	expect(body.unregistered.find((u) => u.code === 451)).toMatchObject({
		registered: false,
		alsoRegistered: true,
		anchor: '451-unregistered',
		url: `${base}unregistered/451/`,
		vendors: [
			{
				vendor: 'Microsoft Exchange ActiveSync',
				anchor: '451-microsoft-exchange-activesync',
				url: `${base}unregistered/451/#451-microsoft-exchange-activesync`,
			},
		],
	});
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
