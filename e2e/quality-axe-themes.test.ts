/**
 * Zero axe violations on every built page in both themes (issue 6), after hydration, so
 * islands are checked as readers use them. The theme is chosen the way the toggle stores
 * it (`localStorage['wr:theme']`, read by the inline theme script before first paint), and
 * the system preference is set to match. Each theme's pages run in two halves in parallel.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { AXE_TAGS, builtPages } from './test-utils';
import { hydrateIslands } from './gates/visit.mjs';

/**
 * WCAG 2.0–2.2 A/AA and best-practice violations (`AXE_TAGS`), one line each. Legacy mode runs axe inside the page (and its
 * same-origin frames, such as the plan page's prep preview) instead of opening a helper page
 * per run, twice as fast. (`resultTypes: ['violations']` would be faster still, but it makes
 * landmark-unique report false violations.)
 */
async function violations(page: Page, rules?: string[]): Promise<string[]> {
	const axe = new AxeBuilder({ page }).setLegacyMode(true);
	const results = await (rules ? axe.withRules(rules) : axe.withTags(AXE_TAGS)).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Only colour differs between the themes: the light theme runs every rule, the dark one the
 * rules that read colours (contrast, and links told apart from text by colour), which halves
 * the dark run.
 */
const RULES_BY_THEME = { light: undefined, dark: ['color-contrast', 'link-in-text-block'] };

for (const theme of ['light', 'dark'] as const) {
	for (const half of [0, 1]) {
		test(`axe finds no violations in the ${theme} theme (half ${half + 1} of 2)`, async ({ page }) => {
			test.setTimeout(300_000);
			await page.emulateMedia({ colorScheme: theme });
			await page.addInitScript((value) => localStorage.setItem('wr:theme', value), theme);
			const found: string[] = [];
			for (const path of builtPages().filter((_, i) => i % 2 === half)) {
				await page.goto(path);
				await hydrateIslands(page);
				expect(await page.locator('html').getAttribute('data-theme'), `${path} uses the ${theme} theme`).toBe(theme);
				found.push(...(await violations(page, RULES_BY_THEME[theme])).map((v) => `${path} (${theme}) ${v}`));
			}
			expect(found, `axe violations in the ${theme} theme, by page`).toEqual([]);
		});
	}
}
