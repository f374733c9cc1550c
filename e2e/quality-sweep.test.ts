/**
 * One pass over every built page (issue 6), so each page loads once for three gates:
 *  - size budgets: what it loads before interaction, measured in Chromium, against the
 *    budget of its type (e2e/gates/budgets.mjs says which type gets what and why);
 *  - strict CSP at run time: no CSP violation, console error or uncaught exception while it
 *    loads, hydrates, has its main number input typed into and its theme switched, and, for
 *    search, runs a query (Pagefind is WebAssembly);
 *  - no third-party requests: every request to another host is blocked and reported
 *    (routing also turns the HTTP cache off, so every page is measured cold);
 *  - the phone (issue 15, e2e/gates/phone.mjs): a header of at most 64 px at 360 × 780, no heading
 *    repeating the one before it, one field per value, no sideways scroll at 320 px.
 * The pages are split in two halves that run in parallel.
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './test-utils';
import { checkBudgets, classifyPage } from './gates/budgets.mjs';
import { measureLoad } from './gates/measure.mjs';
import { hasToolInput, NUMBER_INPUT, outDir, readPage } from './gates/pages.mjs';
import { phoneProblems } from './gates/phone.mjs';
import { hydrateIslands, recordProblems, visit } from './gates/visit.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** Blocks and lists every request to a host other than this machine. */
async function blockThirdParty(page: Page): Promise<string[]> {
	const attempted: string[] = [];
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
		attempted.push(`${new URL(page.url()).pathname}: ${route.request().resourceType()} ${url.href.slice(0, 200)}`);
		return route.abort('blockedbyclient');
	});
	return attempted;
}

/** Uses the page as a reader would: types in the main number input and switches the theme. */
async function exercise(page: Page, html: string) {
	if (hasToolInput(html)) {
		await page.locator(NUMBER_INPUT).first().fill('7');
		await page.keyboard.press('Tab');
	}
	const theme = page.locator('[data-theme-select]').first();
	if (await theme.isVisible()) await theme.selectOption('dark');
}

for (const half of [0, 1]) {
	test(`pages keep their budgets, break no CSP rule, call no other host and fit a phone (half ${half + 1} of 2)`, async ({ page }) => {
		test.setTimeout(180_000);
		const pages = builtPages().filter((_, i) => i % 2 === half);
		expect(pages.length, 'pages found in the build output').toBeGreaterThan(0);
		const thirdParty = await blockThirdParty(page);
		const errors = await recordProblems(page);
		expect(builtPages().filter((p) => p.startsWith('/zh-cn/')).length, 'both languages are swept').toBeGreaterThan(10);
		const overBudget: string[] = [];
		const phone: string[] = [];
		for (const path of pages) {
			const html = readPage(outDir(), path);
			const type = classifyPage(path, html);
			overBudget.push(...checkBudgets(path, type, await measureLoad(page, path)));
			await hydrateIslands(page);
			await exercise(page, html);
			if (type === 'search') await visit(page, `${path}?q=colab`);
			phone.push(...(await phoneProblems(page, path)));
		}
		expect.soft(overBudget, 'pages over budget (largest files first)').toEqual([]);
		expect.soft(errors, 'CSP violations, console errors and uncaught errors').toEqual([]);
		expect.soft(thirdParty, 'requests to third-party hosts').toEqual([]);
		expect.soft(phone, 'phone problems by page').toEqual([]);
	});
}
