/**
 * Browser helpers shared by the quality specs: load a page until it has settled, and
 * collect what the page reported as going wrong (console errors, uncaught errors, CSP
 * violations).
 */
import { trackRequests, waitForQuiet } from './measure.mjs';

/**
 * Starts recording the page's console errors, uncaught exceptions and CSP violation
 * events; returns the live list of messages. Call before the first navigation.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<string[]>}
 */
export async function recordProblems(page) {
	const problems = [];
	const where = () => new URL(page.url()).pathname + new URL(page.url()).search.slice(0, 80);
	page.on('console', (m) => {
		if (m.type() === 'error') problems.push(`${where()}: console error: ${m.text().slice(0, 200)}`);
	});
	page.on('pageerror', (e) => problems.push(`${where()}: uncaught ${e.name}: ${e.message}`));
	await page.exposeFunction('__wrCspViolation', (text) => problems.push(`${where()}: CSP violation: ${text}`));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (e) => {
			const report = /** @type {any} */ (window).__wrCspViolation;
			report?.(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	return problems;
}

/**
 * Opens `url` and waits until every island has hydrated and the network is idle, so
 * whatever the page does on its own has happened.
 * @param {import('@playwright/test').Page} page
 */
export async function visit(page, url) {
	const requests = trackRequests(page);
	try {
		await page.goto(url, { waitUntil: 'load' });
		await hydrateIslands(page);
		await waitForQuiet(page, requests.inFlight);
	} finally {
		requests.stop();
	}
}

/** Islands that wait for the reader's first touch (`client:link="intent"`). */
export const INTENT_ISLANDS = 'astro-island[opts*=\'"value":"intent"\']';

/**
 * The one hydration helper of the specs and the bench: brings every `client:visible` island
 * still waiting (on the page, or inside `scope`) into view, one after another, a frame or two
 * each so its observer fires, scrolls back up, and waits until every island has hydrated
 * (lost its `ssr` attribute); `client:link="intent"` islands get a `focusin` from their first
 * control instead (the reader reaching for the tool; focus itself does not move);
 * `client:media` islands are left alone, their query may not match.
 * A page without islands passes at once.
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').Locator} [scope] only the islands inside this element
 */
export async function hydrateIslands(page, scope) {
	const root = await (scope ?? page.locator('html')).elementHandle();
	await page.evaluate(async ([el, intent]) => {
		const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
		const waiting = [...el.querySelectorAll('astro-island[client="visible"][ssr], astro-island[client="link"][ssr]')];
		for (const island of waiting) {
			if (island.matches(intent)) {
				const control = island.querySelector('input, select, textarea, button') ?? island;
				control.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
				continue;
			}
			// Islands are `display: contents` (no box of their own): scroll to their content.
			(island.firstElementChild ?? island).scrollIntoView();
			await frame();
			await frame();
		}
		if (waiting.length > 0) window.scrollTo(0, 0);
	}, /** @type {const} */ ([root, INTENT_ISLANDS]));
	const pending = 'astro-island[ssr]:not([client="media"])';
	await page
		.waitForFunction(([el, selector]) => el.querySelectorAll(selector).length === 0, /** @type {const} */ ([root, pending]), {
			timeout: 10_000,
		})
		.catch(async () => {
			const names = await (scope ?? page).locator(pending).evaluateAll((els) => els.map((el) => el.getAttribute('component-export')));
			throw new Error(`${new URL(page.url()).pathname}: islands never hydrated: ${names.join(', ')}`);
		});
}
