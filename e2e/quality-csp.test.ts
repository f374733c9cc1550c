/**
 * Strict Content-Security-Policy (issue 6): every built page declares one (checked in the
 * HTML), and every page runs without a single CSP violation or console error: loaded,
 * hydrated, its main number input typed into, the theme toggled, and search run.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';
import { classifyPage } from '../scripts/budgets.mjs';
import { cspProblems } from '../scripts/csp.mjs';
import { hasToolInput, NUMBER_INPUT, outDir, readPage } from '../scripts/lib-pages.mjs';
import { recordProblems, visit } from '../scripts/lib-visit.mjs';

test('every page declares a strict CSP', () => {
	const problems = builtPages().flatMap((path) => cspProblems(readPage(outDir(), path)).map((p) => `${path}: ${p}`));
	expect(problems, 'pages whose Content-Security-Policy is missing or loose').toEqual([]);
});

test('no page reports a CSP violation or console error', async ({ page }) => {
	test.setTimeout(120_000);
	const problems = await recordProblems(page);
	for (const path of builtPages()) {
		const html = readPage(outDir(), path);
		// The search page loads Pagefind (WebAssembly) only for a query, so give it one.
		await visit(page, classifyPage(path, html) === 'search' ? `${path}?q=colab` : path);
		if (hasToolInput(html)) {
			await page.locator(NUMBER_INPUT).first().fill('7');
			await page.keyboard.press('Tab');
		}
		const toggle = page.locator('[data-theme-toggle]').first();
		if (await toggle.isVisible()) await toggle.click();
	}
	expect(problems, 'CSP violations, console errors and uncaught errors').toEqual([]);
});
