/** Runs Lighthouse (mobile, its default) on one URL through its CLI and keeps the numbers the table shows. */
import { spawn } from 'node:child_process';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('lighthouse/package.json')), 'cli', 'index.js');

/**
 * @typedef {{ performance: number, accessibility: number, bestPractices: number, seo: number,
 *   lcpMs: number, tbtMs: number, cls: number }} LighthouseResult
 */

/**
 * The scores (0–100) and metrics of a Lighthouse report (the JSON the CLI prints).
 * @returns {LighthouseResult}
 */
export function summarise(report) {
	const score = (id) => Math.round((report.categories[id]?.score ?? 0) * 100);
	const metric = (id) => report.audits[id]?.numericValue ?? Number.NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		lcpMs: metric('largest-contentful-paint'),
		tbtMs: metric('total-blocking-time'),
		cls: metric('cumulative-layout-shift'),
	};
}

/**
 * Runs Lighthouse `runs` times on `url` and resolves with the summary of its median run, picked
 * by Lighthouse's own `computeMedianRun` (the run closest to the median FCP and TTI): Lighthouse's
 * documentation finds the median of 5 runs twice as stable as one run.
 * @param {string} url
 * @param {string | undefined} chromePath
 * @param {number} runs
 * @returns {Promise<LighthouseResult>}
 */
export async function runLighthouseMedian(url, chromePath, runs) {
	const reports = [];
	for (let i = 0; i < runs; i++) reports.push(await runLighthouse(url, chromePath));
	return summarise(computeMedianRun(reports));
}

/**
 * Runs Lighthouse once on `url` with the given Chromium and resolves with its report.
 * @param {string} url
 * @param {string | undefined} chromePath
 * @returns {Promise<any>} the report (Lighthouse's JSON result)
 */
function runLighthouse(url, chromePath) {
	const args = [cli, url, '--chrome-flags=--headless=new --no-sandbox', '--output=json', '--quiet'];
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, args, {
			stdio: ['ignore', 'pipe', 'pipe'],
			env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) },
		});
		const out = [];
		let err = '';
		child.stdout.on('data', (d) => out.push(d));
		child.stderr.on('data', (d) => (err += d));
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code !== 0) return reject(new Error(`lighthouse exited ${code} for ${url}: ${err.slice(-500)}`));
			try {
				const report = JSON.parse(Buffer.concat(out).toString('utf8'));
				if (report.runtimeError) return reject(new Error(`lighthouse: ${report.runtimeError.message}`));
				resolve(report);
			} catch (e) {
				reject(e);
			}
		});
	});
}
