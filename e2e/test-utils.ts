/** Helpers shared by the end-to-end specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Waits until every island inside `scope` (or the page) has hydrated (lost its `ssr`
 * attribute). `client:visible` and `client:link` islands (without a query) hydrate only when seen, so each is scrolled into view
 * once; the page is scrolled back to the top afterwards.
 */
export async function waitForHydrate(page: Page, scope?: Locator): Promise<void> {
	const islands = (scope ?? page.locator('body')).locator('astro-island');
	await expect(islands.first()).toBeAttached();
	// Matched by `client` (kept after hydration), not `ssr` (dropped), so a locator cannot go stale mid-loop.
	const lazy = islands.and(page.locator('[client="visible"], [client="link"]'));
	const count = await lazy.count();
	for (let i = 0; i < count; i += 1) await lazy.nth(i).scrollIntoViewIfNeeded();
	await expect(islands.and(page.locator('[ssr]'))).toHaveCount(0);
	if (count > 0) await page.evaluate(() => window.scrollTo(0, 0));
}

/** Axe (WCAG 2 A/AA) violations on the current page, one line each: `rule: targets`. */
export async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs axe on the current page and expects no violations. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
	expect(await axeViolations(page), `axe violations ${context}`).toEqual([]);
}

/** Every built HTML page as a URL path, read from the build output (not a hand list). */
export function builtPages(outDir = process.env.OUT_DIR ?? 'dist'): string[] {
	const pages: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) {
				if (name !== '_astro' && name !== 'pagefind') walk(full);
			} else if (name.endsWith('.html')) {
				const rel = relative(outDir, full).split(sep).join('/');
				pages.push(`/${rel.replace(/index\.html$/, '').replace(/\.html$/, '')}`);
			}
		}
	};
	walk(outDir);
	return pages.sort();
}
