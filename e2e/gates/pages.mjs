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

/** The island components a page hydrates (their bundle URLs), from its built HTML. */
export function islandComponents(html) {
	return [...new Set([...html.matchAll(/<astro-island\b[^>]*?\bcomponent-url="([^"]+)"/g)].map((m) => m[1] ?? ''))];
}

/**
 * The fewest pages (greedy, pages with more islands first) that together hydrate every
 * island component of the site: a tool embedded in a guide page or translated into another
 * locale runs the same code, so behaviour gates need it once.
 * @param {{ path: string, html: string }[]} pages
 * @returns {string[]}
 */
export function coveringPages(pages) {
	const withIslands = pages
		.map(({ path, html }) => ({ path, components: islandComponents(html) }))
		.filter((p) => p.components.length > 0)
		.sort((a, b) => b.components.length - a.components.length || a.path.localeCompare(b.path));
	const covered = new Set();
	const chosen = [];
	for (const { path, components } of withIslands) {
		if (components.every((c) => covered.has(c))) continue;
		components.forEach((c) => covered.add(c));
		chosen.push(path);
	}
	return chosen;
}
