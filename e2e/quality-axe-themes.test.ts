/**
 * Zero axe violations on every built page in both themes (issue 6), after hydration, so
 * islands are checked as readers use them. The theme is chosen the way the toggle stores
 * it (`localStorage['wr:theme']`, read by the inline theme script before first paint), and
 * the system preference is set to match.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, builtPages } from './test-utils';
import { visit } from '../scripts/lib-visit.mjs';

for (const theme of ['light', 'dark'] as const) {
	test(`axe finds no violations on any page in the ${theme} theme`, async ({ page }) => {
		test.setTimeout(180_000);
		await page.emulateMedia({ colorScheme: theme });
		await page.addInitScript((value) => localStorage.setItem('wr:theme', value), theme);
		const found: string[] = [];
		for (const path of builtPages()) {
			await visit(page, path);
			expect(await page.locator('html').getAttribute('data-theme'), `${path} uses the ${theme} theme`).toBe(theme);
			found.push(...(await axeViolations(page)).map((v) => `${path} (${theme}) ${v}`));
		}
		expect(found, `axe violations in the ${theme} theme, by page`).toEqual([]);
	});
}
