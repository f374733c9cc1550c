/**
 * Zero axe violations on every built page in both themes (issue 6), after hydration, so
 * islands are checked as readers use them. The theme is chosen the way the toggle stores
 * it (`localStorage['wr:theme']`, read by the inline theme script before first paint), and
 * the system preference is set to match. The pages run in two halves in parallel.
 */
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, builtPages } from './test-utils';
import { hydrateIslands } from './gates/visit.mjs';

/**
 * Only colour differs between the themes: each page is loaded once, checked with every rule in
 * the light theme, then switched in place to the dark theme (as the theme menu does) and checked
 * with the rules that read colours (contrast, and links told apart from text by colour); the
 * dark run covers the English pages, whose components and colours the Chinese ones share.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Switches the loaded page to `theme` the way the theme menu does, with the system preference to match. */
async function useTheme(page: Page, theme: 'light' | 'dark') {
	await page.emulateMedia({ colorScheme: theme });
	await page.evaluate((value) => {
		localStorage.setItem('wr:theme', value);
		document.documentElement.dataset.theme = value;
	}, theme);
}

for (const half of [0, 1]) {
	test(`axe finds no violations in the light and dark themes (half ${half + 1} of 2)`, async ({ page }) => {
		test.setTimeout(300_000);
		await page.emulateMedia({ colorScheme: 'light' });
		await page.addInitScript(() => localStorage.setItem('wr:theme', 'light'));
		const found: string[] = [];
		for (const path of builtPages().filter((_, i) => i % 2 === half)) {
			await page.goto(path);
			await hydrateIslands(page);
			expect(await page.locator('html').getAttribute('data-theme'), `${path} uses the light theme`).toBe('light');
			found.push(...(await axeViolations(page)).map((v) => `${path} (light) ${v}`));
			// The Chinese pages are the same components in the same colours: their dark run would repeat the English one.
			if (path.startsWith('/zh-cn/')) continue;
			await useTheme(page, 'dark');
			found.push(...(await axeViolations(page, COLOUR_RULES)).map((v) => `${path} (dark) ${v}`));
		}
		expect(found, 'axe violations by page and theme').toEqual([]);
	});
}

test('the plan page, its later steps not yet drawn, has no overlapping controls at phone and tablet widths', async ({ page }) => {
	// Until a step scrolls into view its content takes an estimated room (islands.css): an estimate
	// short of the content lets it overlap the next step's controls (axe's target-size finds them).
	const found: string[] = [];
	for (const [width, path] of [
		[360, '/zh-cn/plan/'],
		[360, '/plan/'],
		[800, '/plan/'],
	] as const) {
		await page.setViewportSize({ width, height: 780 });
		// As loaded: hydrating every island scrolls each into view, which draws the steps.
		await page.goto(path);
		// The page alone: the prep preview's frame loads only when scrolled to.
		found.push(...(await axeViolations(page, ['target-size'], [page.mainFrame()])).map((v) => `${path} at ${width} px: ${v}`));
	}
	expect(found).toEqual([]);
});
