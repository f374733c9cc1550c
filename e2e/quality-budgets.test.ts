/**
 * Size budgets (issue 6): every built page, measured in Chromium as it loads with no input,
 * against the budget of its type (scripts/budgets.mjs says which type gets what and why).
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';
import { checkBudgets, classifyPage } from '../scripts/budgets.mjs';
import { measureLoad } from '../scripts/lib-measure.mjs';
import { outDir, readPage } from '../scripts/lib-pages.mjs';

test('every page loads no more than its budget before interaction', async ({ page }) => {
	test.setTimeout(120_000);
	const pages = builtPages();
	expect(pages.length, 'pages found in the build output').toBeGreaterThan(0);
	const problems: string[] = [];
	for (const path of pages) {
		const type = classifyPage(path, readPage(outDir(), path));
		problems.push(...checkBudgets(path, type, await measureLoad(page, path)));
	}
	expect(problems, 'pages over budget (largest files first)').toEqual([]);
});
