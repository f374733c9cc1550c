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
 * Loads `url`, waits for every island to hydrate, slows the CPU 4×, then times `runs`
 * keystrokes in the main number input and returns the median ms (undefined if the result
 * never changed, which the table shows as n/a).
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 * @param {number} runs
 * @returns {Promise<number | undefined>}
 */
export async function keystrokeLatency(browser, url, runs) {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(url);
		await hydrateIslands(page);
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
		await installProbe(page);
		const keys = await prepareKeystrokes(page);
		const times = [];
		for (let i = 0; i < runs; i++) {
			const ms = await timeKeystroke(page, keys[i % 2]);
			if (ms === undefined) return undefined;
			times.push(ms);
			await page.waitForTimeout(50);
		}
		return median(times);
	} finally {
		await context.close();
	}
}
