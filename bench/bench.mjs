/**
 * `npm run bench`: builds the site into its own folder, serves it, and prints one markdown
 * table with a row per built page (sizes before interaction, Lighthouse mobile, keystroke
 * latency of tool pages) plus the build time. The same numbers go to bench/results.json so
 * two runs can be compared. Options: `npm run bench -- --help`.
 */
// First: stops with instructions when no Chromium is installed.
import '../scripts/ensure-browser.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { builtPages } from '../e2e/test-utils.ts';
import { parseArgs, USAGE } from './args.mjs';
import { buildSite, startPreview } from './server.mjs';
import { runLighthouseMedian } from './lighthouse.mjs';
import { keystrokeLatency } from './latency.mjs';
import { formatFootnote, formatTable } from './table.mjs';
import { classifyPage, gzipTotal, jsGzip } from '../e2e/gates/budgets.mjs';
import { fullChromiumOrExit } from '../scripts/chromium-path.mjs';
import { measureLoad } from '../e2e/gates/measure.mjs';
import { hasToolInput, readPage } from '../e2e/gates/pages.mjs';

const toKb = (bytes) => bytes / 1024;
const log = (text) => process.stderr.write(`${text}\n`);

/** Measures one page: sizes in a fresh page, then latency (tool pages) and Lighthouse. */
async function benchPage(browser, url, path, html, options, chromePath) {
	const page = await browser.newPage();
	const m = await measureLoad(page, url).finally(() => page.close());
	/** @type {import('./table.mjs').BenchRow} */
	const row = {
		page: path,
		type: classifyPage(path, html),
		jsKb: toKb(jsGzip(m)),
		cssKb: toKb(gzipTotal(m.files, 'css')),
		htmlKb: toKb(gzipTotal(m.files, 'html')),
		totalKb: toKb(gzipTotal(m.files)),
	};
	if (hasToolInput(html)) {
		const keystroke = await keystrokeLatency(browser, url, options.runs);
		row.keystrokeMs = keystroke?.ms ?? null;
		row.keystrokeCpuMs = keystroke?.cpuMs ?? null;
	}
	if (options.lighthouse)
		row.lighthouse = await runLighthouseMedian(url, chromePath, options.lighthouseRuns).catch((e) => ({ error: String(e.message ?? e) }));
	return row;
}

async function main() {
	const options = parseArgs(process.argv.slice(2));
	if (options.help) return void console.log(USAGE);
	let buildMs = null;
	if (options.build) {
		log(`Building into ${options.outDir}…`);
		buildMs = await buildSite(options.outDir);
	}
	const all = builtPages(options.outDir);
	const paths = options.pages ?? all;
	const missing = paths.filter((p) => !all.includes(p));
	if (missing.length) throw new Error(`not in ${options.outDir}: ${missing.join(', ')} (built: ${all.join(', ')})`);

	const server = await startPreview(options.outDir, options.port);
	// The full browser, as readers and Lighthouse run it (the tests use the lighter headless shell).
	const executablePath = fullChromiumOrExit();
	const browser = await chromium.launch(executablePath ? { executablePath } : {});
	// Lighthouse finds no browser by itself when only Playwright's own Chromium is installed.
	const lighthouseChrome = executablePath ?? chromium.executablePath();
	const base = (process.env.BASE ?? '/').replace(/\/$/, '');
	const rows = [];
	try {
		for (const path of paths) {
			log(`Measuring ${path}…`);
			rows.push(
				await benchPage(browser, `${server.origin}${base}${path}`, path, readPage(options.outDir, path), options, lighthouseChrome),
			);
		}
	} finally {
		await browser.close();
		server.stop();
	}
	const table = formatTable(rows);
	const footnote = formatFootnote(buildMs, options.runs, options.lighthouse ? options.lighthouseRuns : 0);
	console.log(`\n${table}\n\n${footnote}`);
	mkdirSync('bench', { recursive: true });
	const results = {
		date: new Date().toISOString(),
		buildMs,
		keystrokeRuns: options.runs,
		lighthouseRuns: options.lighthouse ? options.lighthouseRuns : 0,
		rows,
	};
	writeFileSync('bench/results.json', `${JSON.stringify(results, null, '\t')}\n`);
	log('Wrote bench/results.json');
}

main().catch((e) => {
	console.error(e instanceof Error ? e.message : e);
	process.exit(1);
});
