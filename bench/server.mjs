/** Builds the site into its own folder and serves it with `astro preview`, for the bench. */
import { spawn } from 'node:child_process';

/** Runs a command with its output on stderr (stdout carries only the table); resolves on exit 0, rejects otherwise. */
function run(command, args, env) {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { stdio: ['ignore', 2, 2], env: { ...process.env, ...env } });
		child.on('error', reject);
		child.on('exit', (code) => (code === 0 ? resolve(undefined) : reject(new Error(`${command} ${args.join(' ')} exited ${code}`))));
	});
}

/** Builds into `outDir` with the project's own build (`npm run build`) and returns the wall time in ms. */
export async function buildSite(outDir) {
	const start = performance.now();
	await run('npm', ['run', '--silent', 'build'], { OUT_DIR: outDir });
	return performance.now() - start;
}

/**
 * Starts `astro preview` on 127.0.0.1:`port` for `outDir` and waits until it answers.
 * `--ignore-lock` lets it run beside another preview server (tests, other benches).
 * @returns {Promise<{ origin: string, stop: () => void }>}
 */
export async function startPreview(outDir, port) {
	const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
		stdio: ['ignore', 'ignore', 'pipe'],
		env: { ...process.env, OUT_DIR: outDir },
		detached: true,
	});
	let stderr = '';
	child.stderr.on('data', (d) => (stderr += d));
	// Detached into its own process group so stop() ends npx and astro together, and nothing else.
	const stop = () => {
		try {
			if (child.pid) process.kill(-child.pid, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	const origin = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`astro preview exited ${child.exitCode}: ${stderr}`);
		const ok = await fetch(`${origin}/`).then(
			(r) => r.ok,
			() => false,
		);
		if (ok) return { origin, stop };
		await new Promise((r) => setTimeout(r, 200));
	}
	stop();
	throw new Error(`astro preview did not answer on ${origin} within 30 s: ${stderr}`);
}
