// Times `npx astro build` (which runs the Pagefind integration) into a scratch output folder.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** Runs one build and returns its wall time in milliseconds; throws with the build's output when it fails. */
export async function timeBuild(root: string, outDir: string): Promise<number> {
	const start = performance.now();
	const child = spawn('npx', ['astro', 'build', '--outDir', outDir], {
		cwd: root,
		env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const code = await new Promise<number | null>((resolve, reject) => {
		child.on('error', reject);
		child.on('close', resolve);
	});
	const ms = performance.now() - start;
	if (code !== 0) throw new Error(`npx astro build exited with ${code}:\n${output}`);
	return ms;
}
