/**
 * Storage faults (issue 6): with localStorage blocked (every access throws), full (every
 * write throws QuotaExceededError) or holding corrupted values, every page with an island
 * still hydrates, shows the same defaults as in a clean browser, updates its result when
 * its main number input is typed into, ticks a checkbox when clicked (checklists write to
 * storage), and logs no error. It runs on as few pages as hydrate every island component.
 */
import { expect, test, type Browser, type BrowserContext } from '@playwright/test';
import { builtPages } from './test-utils';
import { coveringPages, NUMBER_INPUT, outDir, readPage } from './gates/pages.mjs';
import { islandState, typingUpdatesResult } from './gates/probe.mjs';
import { recordProblems, visit } from './gates/visit.mjs';

/** Values a stored key may hold after a bug, an old version or a hand edit. */
const GARBAGE = ['{"', 'null', '{"__proto__":{"polluted":1},"attendees":-5,"platform":"<b>x</b>"}'];

/** An unticked box (the comparison's platform boxes start ticked; ticking means from empty). */
const CHECKBOX = 'astro-island input[type="checkbox"]:not(:checked)';

/** Pages that together hydrate every island component (translations and embeds run the same code). */
const islandPages = () => coveringPages(builtPages().map((path) => ({ path, html: readPage(outDir(), path) })));

/** Loads each island page in a clean browser: its defaults, and the storage keys it writes when used. */
async function cleanRun(browser: Browser) {
	const context = await browser.newContext();
	const page = await context.newPage();
	const defaults = new Map<string, Awaited<ReturnType<typeof islandState>>>();
	const keys = new Set(['wr:theme']);
	for (const path of islandPages()) {
		await visit(page, path);
		defaults.set(path, await islandState(page));
		// Use the tool once (a number typed, a box ticked) so that it writes what it keeps.
		if ((await page.locator(NUMBER_INPUT).count()) > 0) await page.locator(NUMBER_INPUT).first().pressSequentially('1');
		const box = page.locator(CHECKBOX).filter({ visible: true }).first();
		if ((await box.count()) > 0) await box.click();
		await page.waitForTimeout(100);
		for (const key of await page.evaluate(() => Object.keys(localStorage))) keys.add(key);
		await page.evaluate(() => localStorage.clear());
	}
	await context.close();
	return { defaults, keys: [...keys] };
}

/** Runs every tool page in `context` (already faulted) and returns what went wrong, by page. */
async function faultedRun(context: BrowserContext, label: string, defaults: Map<string, unknown>) {
	const page = await context.newPage();
	const problems = await recordProblems(page);
	for (const [path, expected] of defaults) {
		await visit(page, path);
		expect(await islandState(page), `${path} (${label}) shows its defaults`).toEqual(expected);
		if ((await page.locator(NUMBER_INPUT).count()) > 0) {
			expect(await typingUpdatesResult(page), `${path} (${label}) updates its result when typed into`).toBe(true);
			await expect(page.locator(NUMBER_INPUT).first(), `${path} (${label}) accepts the value`).not.toHaveAttribute('aria-invalid', 'true');
		}
		const box = page.locator(CHECKBOX).filter({ visible: true }).first();
		if ((await box.count()) > 0) {
			// A handle, not the locator: once ticked the box no longer matches `:not(:checked)`.
			const handle = await box.elementHandle();
			await handle?.click();
			expect(await handle?.isChecked(), `${path} (${label}) ticks a checkbox`).toBe(true);
		}
	}
	await context.close();
	return problems.map((p) => `${label}: ${p}`);
}

/** The clean run, made once: the three faults run one after another in one worker and share it. */
let clean: ReturnType<typeof cleanRun> | undefined;
const cleanOnce = (browser: Browser) => (clean ??= cleanRun(browser));

test.describe('tools survive broken storage', () => {
	test.describe.configure({ mode: 'serial' });
	test.setTimeout(120_000);

	test('localStorage that throws on access', async ({ browser }) => {
		const { defaults } = await cleanOnce(browser);
		const context = await browser.newContext();
		await context.addInitScript(() => {
			for (const name of ['localStorage', 'sessionStorage'])
				Object.defineProperty(window, name, {
					configurable: true,
					get() {
						throw new DOMException('The operation is insecure.', 'SecurityError');
					},
				});
		});
		expect(await faultedRun(context, 'blocked', defaults), 'errors with blocked storage').toEqual([]);
	});

	test('localStorage that is full', async ({ browser }) => {
		const { defaults } = await cleanOnce(browser);
		const context = await browser.newContext();
		await context.addInitScript(() => {
			Storage.prototype.setItem = () => {
				throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
			};
		});
		expect(await faultedRun(context, 'full', defaults), 'errors with full storage').toEqual([]);
	});

	test('localStorage holding corrupted values', async ({ browser }) => {
		const { defaults, keys } = await cleanOnce(browser);
		test.info().annotations.push({ type: 'corrupted keys', description: keys.join(', ') });
		const problems: string[] = [];
		for (const garbage of GARBAGE) {
			const context = await browser.newContext();
			await context.addInitScript(
				([names, value]) => {
					for (const name of names) localStorage.setItem(name, value);
				},
				[keys, garbage] as const,
			);
			problems.push(...(await faultedRun(context, `corrupted ${garbage}`, defaults)));
		}
		expect(problems, `errors with corrupted values in ${keys.join(', ')}`).toEqual([]);
	});
});
