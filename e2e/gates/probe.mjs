/**
 * In-page probe for a tool's main number input: resolves when something outside the input's
 * own field (its label, message and hint) changes and has been painted, i.e. the result on
 * screen updated. Used by the keystroke latency bench and by the storage and link gates to
 * prove that typing still updates the result.
 */
import { NUMBER_INPUT } from './pages.mjs';

/**
 * Installs the probe on the first number input in an island (call after hydration). With
 * `eventTiming` (the bench), a keystroke's time is its Event Timing duration when there is one;
 * without (the gates, which only ask whether the result changed), no time is spent waiting for it.
 */
export async function installProbe(page, { eventTiming = false } = {}) {
	await page
		.locator(NUMBER_INPUT)
		.first()
		.evaluate((input, eventTiming) => {
			const field = input.closest('.wr-field') ?? input.parentElement ?? input;
			/**
			 * @type {{ start: number, changedAt: number, waiting: boolean, done: ((ms: number) => void) | null,
			 *   keyEvents: PerformanceEventTiming[] }}
			 */
			const probe = { start: 0, changedAt: 0, waiting: false, done: null, keyEvents: [] };
			Object.assign(window, { __wrProbe: probe });
			input.addEventListener('keydown', (e) => ((probe.start = e.timeStamp), (probe.waiting = true)), { capture: true });
			// Event Timing (what INP is made of): the key's keydown and keypress entries start at the
			// key and last until the next frame presented after their handlers, the input event's and
			// the render's included (they run inside the keydown's or, for a character, the
			// keypress's default action). Only entries of 16 ms or more are reported.
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries())
					if (entry.name === 'keydown' || entry.name === 'keypress') probe.keyEvents.push(/** @type {any} */ (entry));
			}).observe({ type: 'event', durationThreshold: 16 });
			new MutationObserver((records) => {
				if (!probe.waiting || records.every((r) => field.contains(r.target))) return;
				probe.waiting = false;
				probe.changedAt = performance.now();
				// After the frame that shows the change. This alone can be late: a task the keystroke
				// queued (the tools' deferred address write) runs before this timer, after the paint.
				requestAnimationFrame(() => setTimeout(() => settle(performance.now() - probe.start)));
			}).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
			/**
			 * The key's Event Timing duration when its entries show the change was made during their
			 * handlers (so the frame they timed shows the result), else `fallbackMs`. Entries come
			 * after the frame is presented: wait for them a little; none means under 16 ms.
			 */
			function settle(fallbackMs, tries = 0) {
				const entries = probe.keyEvents.filter((e) => Math.abs(e.startTime - probe.start) < 1);
				if (eventTiming && !entries.length && tries < 20) return void setTimeout(() => settle(fallbackMs, tries + 1), 10);
				const inFrame = entries.some((e) => probe.changedAt <= e.processingEnd);
				probe.done?.(inFrame ? Math.max(...entries.map((e) => e.duration)) : fallbackMs);
			}
		}, eventTiming);
}

/**
 * Presses `key` in the focused main input and resolves with the ms until the result was
 * painted, or `undefined` when nothing outside the field changed within `timeoutMs`.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<number | undefined>}
 */
export async function timeKeystroke(page, key, timeoutMs = 3000) {
	const result = page.evaluate(
		(ms) =>
			new Promise((resolve) => {
				const probe = /** @type {any} */ (window).__wrProbe;
				probe.done = resolve;
				setTimeout(() => resolve(undefined), ms);
			}),
		timeoutMs,
	);
	await page.keyboard.press(key);
	return /** @type {Promise<number | undefined>} */ (result);
}

/**
 * Focuses the main input with the caret at the end and returns two keystrokes that each
 * change it to another valid value: delete the last character, then type it back
 * (`180` → `18` → `180`). A one-character default gets a second digit first.
 * @returns {Promise<[string, string]>}
 */
export async function prepareKeystrokes(page) {
	const input = page.locator(NUMBER_INPUT).first();
	await input.focus();
	await page.keyboard.press('End');
	let text = await input.inputValue();
	if (text.length < 2) {
		await page.keyboard.type('0');
		text = await input.inputValue();
	}
	return ['Backspace', text.slice(-1)];
}

/**
 * Whether one keystroke in the main input updates the result on screen (installs the probe;
 * call after hydration).
 * @param {import('@playwright/test').Page} page
 */
export async function typingUpdatesResult(page) {
	await installProbe(page);
	const [key] = await prepareKeystrokes(page);
	return (await timeKeystroke(page, key)) !== undefined;
}

/**
 * What the islands show: every input's value (checked state for checkboxes and radios) and
 * the text of every <output>, to compare a page under a fault with the same page in a
 * clean browser.
 * @param {import('@playwright/test').Page} page
 */
export async function islandState(page) {
	const inputs = await page.locator('astro-island :is(input, select, textarea)').evaluateAll((els) =>
		els.map((el) => {
			const input = /** @type {HTMLInputElement} */ (el);
			return input.type === 'checkbox' || input.type === 'radio' ? String(input.checked) : input.value;
		}),
	);
	const outputs = await page.locator('astro-island output').allInnerTexts();
	return { inputs, outputs };
}

/**
 * The URL parameter behind the main number input and its default value, found the way a
 * reader would: edit the field twice and see which query value follows it (the first edit
 * makes the codec write all its keys; only the main one changes on the second).
 * @param {import('@playwright/test').Page} page a hydrated page with no query
 * @returns {Promise<{ param: string, value: string }>}
 */
export async function mainParam(page) {
	const input = page.locator(NUMBER_INPUT).first();
	const value = await input.inputValue();
	const keys = await prepareKeystrokes(page);
	const snapshots = [];
	for (const key of keys) {
		const before = await page.evaluate(() => location.search);
		await page.keyboard.press(key);
		await page.waitForFunction((prev) => location.search !== prev, before, { timeout: 5000 }).catch(() => undefined);
		snapshots.push(new URLSearchParams(await page.evaluate(() => location.search)));
	}
	const [first, second] = /** @type {[URLSearchParams, URLSearchParams]} */ (snapshots);
	const param = [...second.keys()].find((k) => first.get(k) !== second.get(k));
	if (!param) throw new Error(`${new URL(page.url()).pathname}: editing the main number input changes no URL parameter`);
	return { param, value };
}
