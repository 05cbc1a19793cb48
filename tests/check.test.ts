// The response checker as a reader uses it: paste, read the findings, share the link, drop a HAR file, and
// without JavaScript a page that says the check needs it.
import { BASE_PATH_TAG, expect, test } from './support/fixtures';
import { expectNoViolations } from './support/axe';

const WRONG_405 = 'HTTP/1.1 405 Method Not Allowed\nContent-Type: text/plain\nContent-Length: 9\n\nNot here.\n';
const RIGHT_401 =
	'HTTP/1.1 401 Unauthorized\nDate: Thu, 03 Dec 2026 06:40:00 GMT\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\nContent-Type: text/plain\nContent-Length: 13\n\ntoken expired\n';

test(
	'pasting a response shows each requirement it misses, with its level, the line and the section',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		await page.goto('check/');
		await page.getByRole('textbox', { name: 'Response' }).fill(WRONG_405);
		await page.getByRole('button', { name: 'Check', exact: true }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('2 MUST');
		const allow = page.getByRole('listitem').filter({ hasText: 'Allow' }).filter({ hasText: /^MUST/ });
		await expect(allow.getByRole('link', { name: 'RFC 9110 §15.5.6' })).toHaveAttribute(
			'href',
			'https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6',
		);
		await expect(allow.getByRole('link', { name: 'the code’s page' })).toHaveAttribute('href', /\/405-method-not-allowed\/$/);
		await expect(page.getByRole('listitem').filter({ hasText: 'Date' }).getByRole('link', { name: 'RFC 9110 §6.6.1' })).toBeVisible();
		await test.step('a response with no MUST or SHOULD says so, and what was checked', async () => {
			await page.getByRole('textbox', { name: 'Response' }).fill(RIGHT_401);
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByText('No problems found', { exact: true })).toBeVisible();
			await page.getByText(/^What was checked \(\d+ rules\)$/).click();
			await expect(page.getByRole('listitem').filter({ hasText: 'WWW-Authenticate' }).first()).toBeVisible();
		});
		await test.step('a line that cannot be read is named, and the field marked invalid', async () => {
			await page.getByRole('textbox', { name: 'Response' }).fill('HTTP/1.1 200 OK\nContent-Type application/json\n');
			await page.getByRole('button', { name: 'Check', exact: true }).click();
			await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toContainText('line 2');
			await expect(page.getByRole('textbox', { name: 'Response' })).toHaveAttribute('aria-invalid', 'true');
		});
		await test.step('the page with findings has no accessibility violations in either color scheme', () => expectNoViolations(page));
	},
);

test('the checker works from the keyboard alone', async ({ readingPage: page }) => {
	await page.goto('check/');
	await test.step('the example link fills both fields and checks them', async () => {
		await page.getByRole('link', { name: 'Try an example' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('textbox', { name: 'Request' })).toHaveValue(/^DELETE \/api\/orders/);
		await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('MUST');
	});
	await page.getByRole('textbox', { name: 'Response' }).focus();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.insertText(WRONG_405);
	// Tab through the file picker and the request field to the button, and press it.
	for (
		let i = 0;
		i < 6 && !(await page.getByRole('button', { name: 'Check', exact: true }).evaluate((b) => b === document.activeElement));
		i += 1
	)
		await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toBeVisible();
});

test('a shared link runs the check at once, and the copied link masks credentials', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const request = 'GET /api/orders HTTP/1.1\nHost: api.example.com\nAuthorization: Bearer secret-token-123\n';
	await page.goto(`check/#response=${encodeURIComponent(WRONG_405)}&request=${encodeURIComponent(request)}`);
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('2 MUST');
	await expect(page.getByRole('textbox', { name: 'Request' })).toHaveValue(request);
	await expect(page.getByRole('checkbox', { name: /Mask the values of Authorization/ })).toBeChecked();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(decodeURIComponent(copied)).toContain('Authorization: Bearer [masked]');
	expect(copied).not.toContain('secret-token');
	await page.goto(copied);
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toBeVisible();
});

test('dropping a HAR file offers its entries and checks the one picked', async ({ readingPage: page }) => {
	await page.goto('check/');
	const har = JSON.stringify({
		log: {
			entries: [
				{
					request: { method: 'GET', url: 'https://api.example.com/a', headers: [] },
					response: {
						status: 200,
						httpVersion: 'h2',
						headers: [{ name: 'date', value: 'Thu, 03 Dec 2026 06:40:00 GMT' }],
						content: { size: 0 },
					},
				},
				{
					request: { method: 'DELETE', url: 'https://api.example.com/b', headers: [] },
					response: { status: 405, httpVersion: 'h2', headers: [], content: { size: 0 } },
				},
			],
		},
	});
	const drop = await page.evaluateHandle((text) => {
		const transfer = new DataTransfer();
		transfer.items.add(new File([text], 'session.har', { type: 'application/json' }));
		return transfer;
	}, har);
	await page.getByRole('textbox', { name: 'Response' }).dispatchEvent('drop', { dataTransfer: drop });
	const entry = page.getByRole('combobox', { name: 'HAR entry' });
	await expect(entry.getByRole('option')).toHaveText(['GET https://api.example.com/a → 200', 'DELETE https://api.example.com/b → 405']);
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('no problems found');
	await entry.selectOption({ index: 1 });
	await expect(page.getByRole('status').filter({ hasText: 'Checked 1 response' })).toContainText('MUST');
	await expect(page.getByRole('listitem').filter({ hasText: 'Allow' }).first()).toBeVisible();
});

test('without JavaScript the checker says it needs it and links the index', async ({ noScriptPage: page }) => {
	await page.goto('check/');
	const notice = page.getByRole('paragraph').filter({ hasText: 'The check runs in your browser and needs JavaScript' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('link', { name: 'the index' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Check', exact: true })).toBeDisabled();
});

test(
	'every page links the checker from its header, and a code page from its facts',
	{ tag: BASE_PATH_TAG },
	async ({ readingPage: page }) => {
		await page.goto('405-method-not-allowed/');
		await expect(page.getByRole('banner').getByRole('link', { name: 'Check a response' })).toHaveAttribute('href', /\/check\/$/);
		await page.getByRole('link', { name: 'Check a response against these rules' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check a response');
	},
);
