// Builds a scratch copy of the project, so a test can break one file and read what the build says.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const COPIED = ['src', 'content', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** The outcome of a scratch build. */
export interface BuildResult {
	status: number | null;
	output: string;
}

/** Runs a command to its end and returns its exit status and everything it printed. */
function run(command: string, args: string[], cwd: string): Promise<BuildResult> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, output }));
	});
}

/** Copies the project, lets `breakIt` change the copy, builds it, and cleans up. */
export async function buildScratch(breakIt: (dir: string) => void): Promise<BuildResult> {
	const dir = mkdtempSync(join(tmpdir(), 'http-status-scratch-'));
	try {
		for (const name of COPIED) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
		// Each package linked one by one, so the copy gets caches of its own (.astro, .vite): builds running
		// side by side must not share a content store.
		mkdirSync(join(dir, 'node_modules'));
		for (const name of readdirSync(join(ROOT, 'node_modules'))) {
			if (!['.astro', '.vite', '.cache'].includes(name)) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
		}
		breakIt(dir);
		// The same Node that runs the tests (the pinned one), whatever `node` is first on PATH.
		const result = await run(process.execPath, [join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], dir);
		// eslint-disable-next-line no-control-regex
		return { status: result.status, output: result.output.replace(/\u001b\[[0-9;]*m/g, '') };
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
