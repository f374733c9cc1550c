/**
 * Facts about built pages read from the build output, shared by the gates and the bench.
 * Pages come from `builtPages()` in e2e/test-utils.ts (one discovery for every spec).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML file behind a page path from `builtPages()` (`/guide/` → guide/index.html, `/404` → 404.html). */
export function pageFile(outDir, path) {
	const rel = path.endsWith('/') ? `${path}index.html` : `${path}.html`;
	return join(outDir, rel);
}

/** The built HTML of a page. */
export function readPage(outDir, path) {
	return readFileSync(pageFile(outDir, path), 'utf8');
}

/**
 * A number field inside an island: NumberField renders `type="text"` with an `inputmode`
 * (so typed text is kept as is), other tools may use `type="number"`.
 */
export const NUMBER_INPUT = [
	'astro-island input[inputmode="numeric"]',
	'astro-island input[inputmode="decimal"]',
	'astro-island input[type="number"]',
].join(', ');

/** Whether built HTML has a number input rendered inside an island: the page is an interactive tool. */
export function hasToolInput(html) {
	const start = html.indexOf('<astro-island');
	if (start === -1) return false;
	const islands = html.slice(start, html.lastIndexOf('</astro-island>'));
	return /<input\b[^>]*\b(inputmode="(numeric|decimal)"|type="number")/i.test(islands);
}

/** The build output the tests run against (the Playwright webServer builds into it). */
export function outDir() {
	return process.env.OUT_DIR ?? 'dist';
}
