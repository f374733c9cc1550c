/** Formats bench results as the markdown table printed to the terminal and pasted in the README. */

/**
 * @typedef {{ page: string, type: string, jsKb: number, cssKb: number, htmlKb: number, totalKb: number,
 *   lighthouse?: import('./lighthouse.mjs').LighthouseResult | { error: string },
 *   keystrokeMs?: number | null, keystrokeCpuMs?: number | null }} BenchRow
 */

const COLUMNS = ['Page', 'Type', 'JS', 'CSS', 'HTML', 'Total', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'Keystroke', 'Key CPU'];

const kb = (n) => n.toFixed(1);
const ms = (n, digits = 0) => (Number.isFinite(n) ? `${n.toFixed(digits)} ms` : 'n/a');
/** A measured-only cell: a dash when not measured (undefined), n/a when it failed (null). */
const measured = (n, digits = 0) => (n === undefined ? '–' : ms(n ?? Number.NaN, digits));

/** The Lighthouse cells of a row: scores, then LCP, TBT, CLS; dashes when it was skipped or failed. */
function lighthouseCells(lh) {
	if (!lh) return ['–', '–', '–', '–', '–', '–', '–'];
	if ('error' in lh) return ['error', '–', '–', '–', '–', '–', '–'];
	return [
		String(lh.performance),
		String(lh.accessibility),
		String(lh.bestPractices),
		String(lh.seo),
		`${(lh.lcpMs / 1000).toFixed(1)} s`,
		ms(lh.tbtMs),
		lh.cls.toFixed(3),
	];
}

/** One markdown table row per page; sizes in KB gzip. */
export function formatTable(/** @type {BenchRow[]} */ rows) {
	const lines = [`| ${COLUMNS.join(' | ')} |`, `|${COLUMNS.map((_, i) => (i < 2 ? ' --- ' : ' ---: ')).join('|')}|`];
	for (const r of rows) {
		const cells = [
			`\`${r.page}\``,
			r.type,
			kb(r.jsKb),
			kb(r.cssKb),
			kb(r.htmlKb),
			kb(r.totalKb),
			...lighthouseCells(r.lighthouse),
			measured(r.keystrokeMs),
			measured(r.keystrokeCpuMs, 1),
		];
		lines.push(`| ${cells.join(' | ')} |`);
	}
	return lines.join('\n');
}

/** The line under the table: what the columns mean and how the numbers were taken. */
export function formatFootnote(buildMs, runs, lighthouseRuns = 1) {
	const lighthouse =
		lighthouseRuns > 1 ? `mobile defaults, the median of ${lighthouseRuns} runs (Lighthouse's computeMedianRun)` : 'mobile defaults';
	return [
		`Build: ${buildMs === null ? 'skipped' : `${(buildMs / 1000).toFixed(1)} s`}. Sizes: KB gzip loaded before interaction (JS includes inline scripts).`,
		`Lighthouse: ${lighthouse}. Keystroke: main number input to the next frame presented with the result (Event Timing), 4× CPU slowdown, median of ${runs}.`,
		`Key CPU: main-thread CPU (thread clock) of a keystroke until its frame is committed, full speed, median of ${runs}: far steadier than latency on a busy host, for comparing builds.`,
	].join('\n');
}
