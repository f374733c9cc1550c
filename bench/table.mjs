/** Formats bench results as the markdown table printed to the terminal and pasted in the README. */

/**
 * @typedef {{ page: string, type: string, jsKb: number, cssKb: number, htmlKb: number, totalKb: number,
 *   lighthouse?: import('./lighthouse.mjs').LighthouseResult | { error: string },
 *   keystrokeMs?: number | null }} BenchRow
 */

const COLUMNS = ['Page', 'Type', 'JS', 'CSS', 'HTML', 'Total', 'Perf', 'A11y', 'BP', 'SEO', 'LCP', 'TBT', 'CLS', 'Keystroke'];

const kb = (n) => n.toFixed(1);
const ms = (n) => (Number.isFinite(n) ? `${Math.round(n)} ms` : 'n/a');

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
		const keystroke = r.keystrokeMs === undefined ? '–' : ms(r.keystrokeMs ?? Number.NaN);
		const cells = [
			`\`${r.page}\``,
			r.type,
			kb(r.jsKb),
			kb(r.cssKb),
			kb(r.htmlKb),
			kb(r.totalKb),
			...lighthouseCells(r.lighthouse),
			keystroke,
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
		`Lighthouse: ${lighthouse}. Keystroke: main number input to painted result, 4× CPU slowdown, median of ${runs}.`,
	].join('\n');
}
