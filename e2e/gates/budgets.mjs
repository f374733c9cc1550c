/**
 * Size budgets per page type, checked against what a page loads before interaction.
 * JavaScript counts script files and inline scripts (Astro's island runtime is inline);
 * total transfer counts every response, gzip-compressed as a static host would serve it.
 *
 * A page's type comes from its built HTML, never from a hand-kept list, so a page added
 * later is covered the day it lands:
 *   prose   no astro-island: no JavaScript file at all; inline scripts (the theme script) ≤ 1 KB
 *   enhanced  no island, but a page script (the comparison's platform chooser): ≤ 4 KB gzip of
 *           JavaScript, CSS as a prose page
 *   tool    has an astro-island: ≤ 18 KB gzip of JavaScript (issue 12's target; a tool at the
 *           top of its page hydrates at the reader's first touch or at once for a link,
 *           `client:link="intent"`, so a plain visit loads only Astro's inline runtime)
 *   setup, prep   walkthroughs with more steps: ≤ 27.5 KB gzip, 28 KB for prep (26 KB from issue 12 until the link
 *           rules of 1 December took 0.3 KB: a refused repo's branch and notebook and a time
 *           with no date each get a notice, and a title keeps its emoji whole; 26.5 KB until, later
 *           that day, the prep link's `session`, a value typed while a tool wakes reaching the
 *           address, and sending the cell program once instead of once per platform, which
 *           took 1.1–1.8 KB gzip off the HTML of /prep/, /setup/ and /plan/, added 20–40 bytes;
 *           26.6 KB until 1 December's second session: the one cell scrolling in a box of its own
 *           on a phone (11,200 → 4,800 px of /prep/ at 360 px) and the address written after the
 *           keystroke's frame added 160 bytes; 26.8 KB until 1 December's third session: `1.000` refused
 *           as unclear, too many decimals worded on their own, owners with dots outside GitHub and
 *           notices that say what applies instead of the default added about 110 bytes; 27 KB until
 *           1 December's fourth session: Binder's link opening the link's notebook, a `.git` dropped
 *           from the repository's address, buttons that need JavaScript hidden without it and
 *           "Enter a whole number" for whole-number fields added about 100 bytes; /prep/ 27.5 KB until
 *           2 December: its live region for a link's steps loading and the Chinese spacing at each
 *           filled value's seam added about 60 bytes; 28 KB until 2 December's second session: the
 *           printout's link and QR code built from the validated values, notices that promise no
 *           default for a date, time or zone, and dates spaced by the Chinese rule (2026 年 12 月
 *           3 日) with no space after a full-width colon took it to 28.1 KB; 28 KB again from 2 December's
           second session, when the lazy imports stopped loading Vite's preload helper, 0.76 KB)
 *   plan    the details at the first touch, the tools below them when they come into view, on the first
 *           input or at once for a link (client:link): ≤ 25 KB gzip (40 KB while every tool
 *           hydrated on load, until issue 12)
 *   search  loads its small search script at once and Pagefind only when a query runs, so it
 *           gets a JS budget for that script but no total-transfer budget (Pagefind's index
 *           size grows with the guide, not with our code)
 * Every page but search: ≤ 100 KB total transfer (gzip) before interaction.
 * CSS (the design system in global.css plus the page's own styles), gzip: ≤ 6 KB on prose
 * pages, so styling never outweighs their text; ≤ 8 KB elsewhere (tools style their islands).
 */

const KB = 1024;

/** Budgets by page type, in bytes (gzip unless said otherwise). */
export const BUDGETS = {
	prose: { jsGzip: 0, cssGzip: 6 * KB, totalGzip: 100 * KB },
	enhanced: { jsGzip: 4 * KB, cssGzip: 6 * KB, totalGzip: 100 * KB },
	tool: { jsGzip: 18 * KB, cssGzip: 8 * KB, totalGzip: 100 * KB },
	setup: { jsGzip: 27.5 * KB, cssGzip: 8 * KB, totalGzip: 100 * KB },
	prep: { jsGzip: 28 * KB, cssGzip: 8 * KB, totalGzip: 100 * KB },
	plan: { jsGzip: 25 * KB, cssGzip: 8 * KB, totalGzip: 100 * KB },
	search: { jsGzip: 5 * KB, cssGzip: 8 * KB, totalGzip: Infinity },
};

/** @typedef {keyof typeof BUDGETS} PageType */

/**
 * JavaScript of a tool page once the reader's first touch has woken its islands
 * (`client:link="intent"`), inline scripts included: the whole tool budget before issue 12
 * (21 KB), plus half a kilobyte for painting a keystroke's visible result first (the overview's
 * deferred re-render, shared/in-view.ts), which took ~15 ms off each keystroke at 4× CPU, plus
 * 0.1 KB since 1 December for a value typed while the tool wakes reaching the address, plus
 * 0.2 KB for writing the address after the keystroke's frame rather than inside it (url-sync.ts),
 * which took ~2 ms of main-thread time off each keystroke on /plan/, and flushing that write
 * before any click, so the language switch never copies a stale query, plus 0.2 KB since 1
 * December's third session for numbers (`1.000` refused as unclear, too many decimals worded on
 * their own), time figures rounded against the plan, and notices that say what applies instead;
 * 23 KB since 1 December's fourth session (22.1 KB measured), for time figures that show their
 * seconds when the margin is under a minute, so they add up on screen; 23.5 KB since 2 December
 * (23.03 KB measured on the time budget), for hours-and-minutes forms rounded like their
 * minutes, a timed-run helper that derives nothing from a refused field, agenda names counted
 * in characters and cleaned of invisible ones, and a section that writes only when it changed;
 * 24 KB since 2 December's second session (23.54 KB measured), for a declared parameter name
 * in other capitals (`REPO=`) named in a notice, and the limits' placeholders filled by `fill`.
 */
export const TOUCHED_TOOL_JS = 24 * KB;

/** What a prose page may carry inline: the theme script, counted uncompressed. */
const PROSE_INLINE_BYTES = 1 * KB;

/** Pages with a budget of their own, by path without base and locale prefix. */
const SPECIAL = /** @type {Record<string, PageType>} */ ({
	'/setup/': 'setup',
	'/prep/': 'prep',
	'/plan/': 'plan',
	'/search/': 'search',
});

/** Drops a leading locale segment (`/zh-cn/setup/` → `/setup/`) so every locale shares the budgets. */
export function withoutLocale(path) {
	const rest = path.replace(/^\/[a-z]{2}(?:-[a-z0-9]{2,8})?(?=\/)/i, '');
	return rest in SPECIAL ? rest : path;
}

/** Whether built HTML loads a script of its own (Astro's bundled `<script>`), which makes a page without islands enhanced. */
function hasPageScript(html) {
	return /<script type="module"[^>]*\ssrc=/.test(html);
}

/** Whether built HTML holds an island (a hydrated component), which makes it a tool page. */
function hasIsland(html) {
	return /<astro-island[\s>]/.test(html);
}

/**
 * The type of a page from its path (relative to the base) and built HTML.
 * @param {string} path
 * @param {string} html
 * @returns {PageType}
 */
export function classifyPage(path, html) {
	const special = SPECIAL[withoutLocale(path)];
	if (special) return special;
	if (hasIsland(html)) return 'tool';
	return hasPageScript(html) ? 'enhanced' : 'prose';
}

/**
 * @typedef {{ url: string, kind: 'html' | 'js' | 'css' | 'other', bytes: number, gzip: number }} LoadedFile
 * @typedef {{ files: LoadedFile[], inlineScripts: { bytes: number, gzip: number } }} Measurement
 */

/** Sum of gzip sizes of the files of one kind (or all files). */
export function gzipTotal(files, kind) {
	return files.filter((f) => !kind || f.kind === kind).reduce((sum, f) => sum + f.gzip, 0);
}

/** JavaScript gzip before interaction: script files plus inline scripts (Astro's island runtime is inline). */
export function jsGzip(m) {
	return gzipTotal(m.files, 'js') + m.inlineScripts.gzip;
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** The files of one kind, largest first, as "url 3.2 KB" for a failure message. */
function largest(files, kind) {
	const list = files.filter((f) => !kind || f.kind === kind).sort((a, b) => b.gzip - a.gzip);
	return list.map((f) => `${f.url} ${kb(f.gzip)}`).join(', ') || 'none';
}

/**
 * Every budget the page breaks, as messages naming the page and its files (largest first,
 * so the file that grew is at the front). An empty list means the page is within budget.
 * @param {string} page
 * @param {PageType} type
 * @param {Measurement} m
 * @returns {string[]}
 */
export function checkBudgets(page, type, m) {
	const budget = BUDGETS[type];
	const problems = [];
	const fail = (text) => problems.push(`${page} (${type}): ${text}`);
	if (budget.jsGzip === 0) {
		if (gzipTotal(m.files, 'js') > 0) fail(`loads JavaScript files, budget none; files: ${largest(m.files, 'js')}`);
		if (m.inlineScripts.bytes > PROSE_INLINE_BYTES)
			fail(`inline scripts ${m.inlineScripts.bytes} bytes, budget ${PROSE_INLINE_BYTES} bytes (the theme script only)`);
	} else {
		const js = jsGzip(m);
		if (js > budget.jsGzip)
			fail(`JS ${kb(js)} gzip, budget ${kb(budget.jsGzip)}; files: ${largest(m.files, 'js')}, inline ${kb(m.inlineScripts.gzip)}`);
	}
	const css = gzipTotal(m.files, 'css');
	if (css > budget.cssGzip) fail(`CSS ${kb(css)} gzip, budget ${kb(budget.cssGzip)}; files: ${largest(m.files, 'css')}`);
	const total = gzipTotal(m.files);
	if (total > budget.totalGzip) fail(`total ${kb(total)} gzip, budget ${kb(budget.totalGzip)}; files: ${largest(m.files)}`);
	return problems;
}
