/**
 * Measures what a page loads before interaction, in a real browser: every response from
 * navigation until the network is quiet, with no input, each body gzip-compressed with zlib
 * (what a static host sends). One piece serves both `npm run bench` and the budget gate.
 */
import { gzipSync } from 'node:zlib';

/** @typedef {import('./budgets.mjs').LoadedFile} LoadedFile */
/** @typedef {import('./budgets.mjs').Measurement} Measurement */

/**
 * The kind of a response, by Chromium's resource type, falling back to its content type
 * (module preloads arrive as type "other").
 * @returns {LoadedFile['kind']}
 */
export function kindOf(resourceType, contentType = '') {
	if (resourceType === 'document') return 'html';
	if (resourceType === 'script' || /javascript|ecmascript/.test(contentType)) return 'js';
	if (resourceType === 'stylesheet' || contentType.includes('text/css')) return 'css';
	if (contentType.includes('text/html')) return 'html';
	return 'other';
}

/** Gzip size of a body at zlib's default level, which static hosts use. */
function gzipSize(body) {
	return body.length === 0 ? 0 : gzipSync(body).length;
}

/**
 * Tracks the page's requests in flight until `stop()`.
 * @param {import('@playwright/test').Page} page
 */
export function trackRequests(page) {
	const inFlight = new Set();
	const add = (/** @type {unknown} */ r) => inFlight.add(r);
	const done = (/** @type {unknown} */ r) => inFlight.delete(r);
	page.on('request', add);
	page.on('requestfinished', done);
	page.on('requestfailed', done);
	const stop = () => {
		page.off('request', add);
		page.off('requestfinished', done);
		page.off('requestfailed', done);
	};
	return { inFlight, stop };
}

/**
 * Resolves once no request has been in flight for `quietMs` (hydration imports start after
 * `load`, so `load` alone is too early; Playwright's `networkidle` waits a fixed 500 ms).
 * @param {import('@playwright/test').Page} page
 * @param {Set<unknown>} inFlight from `trackRequests`
 */
export async function waitForQuiet(page, inFlight, quietMs = 150, timeoutMs = 10_000) {
	const start = Date.now();
	let quietSince = Date.now();
	while (Date.now() - start < timeoutMs) {
		await page.waitForTimeout(50);
		if (inFlight.size > 0) quietSince = Date.now();
		else if (Date.now() - quietSince >= quietMs) return;
	}
}

/**
 * Loads `url` in `page` and returns every file fetched before interaction with raw and gzip
 * sizes, plus the inline scripts of the document (JavaScript that travels inside the HTML).
 * With `touch`, a reader's first step once the page is quiet, what that step loads counts too.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @param {() => Promise<unknown>} [touch]
 * @returns {Promise<Measurement>}
 */
export async function measureLoad(page, url, touch) {
	/** @type {import('@playwright/test').Response[]} */
	const responses = [];
	const onResponse = (/** @type {import('@playwright/test').Response} */ r) => responses.push(r);
	const requests = trackRequests(page);
	page.on('response', onResponse);
	try {
		await page.goto(url, { waitUntil: 'load' });
		await waitForQuiet(page, requests.inFlight);
		if (touch) {
			await touch();
			await waitForQuiet(page, requests.inFlight);
		}
	} finally {
		requests.stop();
		page.off('response', onResponse);
	}
	const files = [];
	for (const response of responses) {
		if (response.url().startsWith('data:') || (response.status() >= 300 && response.status() < 400)) continue;
		const body = await response.body().catch(() => undefined);
		if (!body) continue;
		const kind = kindOf(response.request().resourceType(), response.headers()['content-type']);
		files.push({ url: new URL(response.url()).pathname, kind, bytes: body.length, gzip: gzipSize(body) });
	}
	const inline = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !s.type || /^(module|text\/javascript|application\/javascript)$/i.test(s.type))
			.map((s) => s.textContent ?? ''),
	);
	const inlineBody = Buffer.from(inline.join('\n'));
	return { files, inlineScripts: { bytes: inlineBody.length, gzip: gzipSize(inlineBody) } };
}
