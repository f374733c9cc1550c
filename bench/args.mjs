/** Command-line options of `npm run bench`. */

/**
 * @typedef {{ pages: string[] | undefined, lighthouse: boolean, lighthouseRuns: number, build: boolean, runs: number,
 *   port: number, outDir: string, help: boolean }} BenchOptions
 */

export const USAGE = `Usage: npm run bench -- [options]
  --pages /,/compare/   only these page paths (default: every page in the build output)
  --no-lighthouse       skip Lighthouse (about 10 s a run)
  --lighthouse-runs N   Lighthouse runs per page, reported as Lighthouse's median run (default 3)
  --no-build            reuse the existing build in --out-dir
  --runs N              keystrokes per tool page for the latency median (default 20)
  --port N              port for the preview server (default 4415)
  --out-dir DIR         build folder (default dist-bench)`;

/**
 * Parses argv (without node and script). Throws with a readable message on a bad option.
 * @param {string[]} argv
 * @returns {BenchOptions}
 */
export function parseArgs(argv) {
	/** @type {BenchOptions} */
	const options = {
		pages: undefined,
		lighthouse: true,
		lighthouseRuns: 3,
		build: true,
		runs: 20,
		port: 4415,
		outDir: 'dist-bench',
		help: false,
	};
	const args = [...argv];
	const value = (flag) => {
		const next = args.shift();
		if (next === undefined || next.startsWith('--')) throw new Error(`${flag} needs a value`);
		return next;
	};
	const count = (flag, min) => {
		const n = Number(value(flag));
		if (!Number.isInteger(n) || n < min) throw new Error(`${flag} must be a whole number ≥ ${min}`);
		return n;
	};
	while (args.length > 0) {
		const arg = /** @type {string} */ (args.shift());
		const [flag, inline] = arg.split(/=(.*)/s, 2);
		if (inline !== undefined) args.unshift(inline);
		if (flag === '--pages') options.pages = value(flag).split(',').map(normalisePath).filter(Boolean);
		else if (flag === '--no-lighthouse') options.lighthouse = false;
		else if (flag === '--lighthouse-runs') options.lighthouseRuns = count(flag, 1);
		else if (flag === '--no-build') options.build = false;
		else if (flag === '--runs') options.runs = count(flag, 1);
		else if (flag === '--port') options.port = count(flag, 1);
		else if (flag === '--out-dir') options.outDir = value(flag);
		else if (flag === '--help' || flag === '-h') options.help = true;
		else throw new Error(`unknown option ${arg}`);
	}
	return options;
}

/** `compare` → `/compare/`, `/` stays `/`, `/404` stays (a file page). */
export function normalisePath(raw) {
	const path = raw.trim();
	if (path === '') return '';
	const withSlash = path.startsWith('/') ? path : `/${path}`;
	return withSlash.endsWith('/') || /\/404$/.test(withSlash) ? withSlash : `${withSlash}/`;
}
