/**
 * In-page probe for a tool's main number input: resolves when something outside the input's
 * own field (its label, message and hint) changes and has been painted, i.e. the result on
 * screen updated. Used by the keystroke latency bench and by the storage and link gates to
 * prove that typing still updates the result.
 */
import { NUMBER_INPUT } from './pages.mjs';

/** Installs the probe on the first number input in an island (call after hydration). */
export async function installProbe(page) {
	await page
		.locator(NUMBER_INPUT)
		.first()
		.evaluate((input) => {
			const field = input.closest('.wr-field') ?? input.parentElement ?? input;
			/** @type {{ start: number, waiting: boolean, done: ((ms: number) => void) | null }} */
			const probe = { start: 0, waiting: false, done: null };
			Object.assign(window, { __wrProbe: probe });
			input.addEventListener('keydown', (e) => ((probe.start = e.timeStamp), (probe.waiting = true)), { capture: true });
			new MutationObserver((records) => {
				if (!probe.waiting || records.every((r) => field.contains(r.target))) return;
				probe.waiting = false;
				// The frame after the change has been produced: the new result is on screen.
				requestAnimationFrame(() => setTimeout(() => probe.done?.(performance.now() - probe.start)));
			}).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
		});
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
