/**
 * Robust links (issue 6): each tool page (a number input inside an island) opened with the
 * thirty hostile query strings of e2e/gates/hostile-queries.mjs on the parameter of its
 * main input shows a visible notice naming that parameter, keeps the default value, and
 * logs no console error or uncaught exception. Only as many tool pages as it takes to run
 * every island component once are tried (a tool embedded in a guide page or translated runs
 * the same code). Every tool reads its link with the same declared-parameter reader
 * (src/lib/params.ts), so the page with the most islands gets all thirty queries and the others
 * every tenth (a huge number, NaN, a NUL byte), which still shows each island wiring its
 * notices; every declared parameter is fuzzed in test/url-fuzz.test.ts.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';
import { HOSTILE_QUERIES } from './gates/hostile-queries.mjs';
import { coveringPages, hasToolInput, NUMBER_INPUT, outDir, readPage } from './gates/pages.mjs';
import { mainParam } from './gates/probe.mjs';
import { hydrateIslands, recordProblems, visit } from './gates/visit.mjs';

/** Tool pages that together hydrate every island component. */
function distinctToolPages(): string[] {
	const pages = builtPages().map((path) => ({ path, html: readPage(outDir(), path) }));
	return coveringPages(pages.filter((p) => hasToolInput(p.html)));
}

/** Every tenth query (by its place in the full list) for the pages after the first. */
const SAMPLED = new Set(HOSTILE_QUERIES.filter((_, i) => i % 10 === 0));

// Two halves of the list run in parallel on the two workers.
const HALF = Math.ceil(HOSTILE_QUERIES.length / 2);
for (const [part, queries] of [HOSTILE_QUERIES.slice(0, HALF), HOSTILE_QUERIES.slice(HALF)].entries()) {
	test(`tool pages refuse hostile links with a notice and no error (part ${part + 1} of 2)`, async ({ page }) => {
		test.setTimeout(180_000);
		const pages = distinctToolPages();
		expect(pages.length, 'tool pages in the build output').toBeGreaterThan(0);
		const problems = await recordProblems(page);
		for (const [n, path] of pages.entries()) {
			await visit(page, path);
			const main = await mainParam(page);
			for (const hostile of n === 0 ? queries : queries.filter((q) => SAMPLED.has(q))) {
				const label = `${path} with ${hostile.name} in ${main.param}`;
				await page.goto(`${path}?${hostile.query(main.param)}`);
				await hydrateIslands(page);
				const notice = page.locator('.wr-notice, [role="status"]').filter({ hasText: main.param, visible: true });
				await expect.soft(notice.first(), `${label}: a visible notice names ${main.param}`).toBeVisible();
				expect.soft(await page.locator(NUMBER_INPUT).first().inputValue(), `${label}: keeps the default`).toBe(main.value);
			}
		}
		expect(problems, 'console errors and uncaught exceptions').toEqual([]);
	});
}
