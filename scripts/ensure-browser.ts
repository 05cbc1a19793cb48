// Runs before the tests: makes sure a Chromium exists, and says where it came from.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser } from './browser.ts';

/** Runs a shell command, streaming its output; true when it succeeded. */
function attempt(command: string): boolean {
	console.log(`$ ${command}`);
	try {
		execSync(command, { stdio: 'inherit' });
		return true;
	} catch {
		return false;
	}
}

const pinned = process.env.CHROMIUM_PATH;
if (pinned && !existsSync(pinned)) {
	console.error(
		`CHROMIUM_PATH is ${pinned}, and no file is there. Point it at a Chromium executable, or unset it to let the tests find one.`,
	);
	process.exit(1);
}

let found = findBrowser();
if (!found) {
	console.log('No Chromium found for the tests: installing one.');
	// As root on Debian, the distribution's package; elsewhere Playwright's own download.
	const canApt = process.getuid?.() === 0 && attempt('command -v apt-get >/dev/null');
	const installed = canApt
		? attempt('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
		: attempt('npx playwright install chromium');
	if (!installed) {
		console.error(
			'Could not install Chromium. Install it yourself (`npx playwright install chromium`, or `apt-get install chromium` on Debian) or set CHROMIUM_PATH.',
		);
		process.exit(1);
	}
	found = findBrowser();
}
if (!found) {
	console.error('Chromium was installed but cannot be found. Set CHROMIUM_PATH to its executable.');
	process.exit(1);
}
console.log(found.kind === 'playwright' ? "Testing in Playwright's own Chromium." : `Testing in the system Chromium at ${found.path}.`);
