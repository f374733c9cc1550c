/** Keystroke-to-result latency of a tool page, in Chromium with 4× CPU slowdown. */
import { hydrateIslands } from '../e2e/gates/visit.mjs';
import { installProbe, prepareKeystrokes, timeKeystroke } from '../e2e/gates/probe.mjs';

/** Median of a list of numbers (undefined for an empty list). */
export function median(values) {
	if (values.length === 0) return undefined;
	const sorted = [...values].sort((a, b) => a - b);
	const mid = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Main-thread CPU (the thread clock, so a busy host does not inflate it) of each keystroke in a
 * Chromium trace, from the task that dispatched its keydown to the end of the first frame
 * committed after it: the key's handlers, the render, then style, layout and paint of the frame
 * that shows the result. Returns the median in ms (undefined when the trace has no keystroke).
 * @param {Array<{ name: string, ph?: string, tid: number, ts: number, dur?: number, tdur?: number, args?: any }>} events
 * @returns {number | undefined}
 */
export function keystrokeCpuMs(events) {
	const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a, b) => a.ts - b.ts);
	const tid = keydowns[0]?.tid;
	const tasks = events.filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'RunTask').sort((a, b) => a.ts - b.ts);
	const commits = events.filter((e) => e.tid === tid && e.ph === 'X' && e.name === 'Commit').sort((a, b) => a.ts - b.ts);
	const cpu = [];
	for (const key of keydowns) {
		const first = tasks.findLast((t) => t.ts <= key.ts && t.ts + (t.dur ?? 0) >= key.ts);
		const commit = commits.find((c) => c.ts > key.ts);
		if (!first || !commit) continue;
		const span = tasks.filter((t) => t.ts >= first.ts && t.ts <= commit.ts);
		cpu.push(span.reduce((sum, t) => sum + (t.tdur ?? t.dur ?? 0), 0) / 1000);
	}
	return median(cpu);
}

/**
 * Loads `url`, waits for every island to hydrate, slows the CPU 4×, then times `runs`
 * keystrokes in the main number input: the median ms to the frame presented with the result (undefined if the
 * result never changed, which the table shows as n/a), then, at full speed under a trace, the
 * median main-thread CPU per keystroke (`keystrokeCpuMs`), which compares two builds through a
 * noisy host where the latency cannot.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<{ ms: number, cpuMs: number | undefined } | undefined>}
 */
export async function keystrokeLatency(browser, url, runs) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url);
		await hydrateIslands(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await installProbe(page, { eventTiming: true });
		const keys = await prepareKeystrokes(page);
		const times = [];
		for (let i = 0; i < runs; i++) {
			const ms = await timeKeystroke(page, keys[i % 2]);
			if (ms === undefined) return undefined;
			times.push(ms);
			await page.waitForTimeout(50);
		}
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
		await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
		for (let i = 0; i < runs; i++) {
			// Continues the pairs above: after an odd number of keys the field is one key short.
			await timeKeystroke(page, keys[(runs + i) % 2]);
			// Long enough for the frame after the key to commit before the next one.
			await page.waitForTimeout(100);
		}
		const trace = JSON.parse((await browser.stopTracing()).toString());
		return { ms: /** @type {number} */ (median(times)), cpuMs: keystrokeCpuMs(trace.traceEvents) };
	} finally {
		await context.close();
	}
}
