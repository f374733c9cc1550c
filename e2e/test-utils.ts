/** Helpers shared by the end-to-end specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { hydrateIslands } from './gates/visit.mjs';

/**
 * Waits until every island inside `scope` (or the page) has hydrated, with the gates'
 * `hydrateIslands` (it scrolls `client:visible` islands into view, then back to the top);
 * fails when there is no island at all, since a feature spec expects one.
 */
export async function waitForHydrate(page: Page, scope?: Locator): Promise<void> {
	await expect((scope ?? page.locator('body')).locator('astro-island').first()).toBeAttached();
	await hydrateIslands(page, scope);
}

/** The axe rules every page must pass: WCAG 2.0–2.2 A/AA and axe's best practices (landmarks, headings…). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Axe (`AXE_TAGS`) violations on the current page, one line each: `rule: targets`.
 * Legacy mode runs axe inside the page and its same-origin frames: half the time, same rules.
 */
async function axeViolations(page: Page): Promise<string[]> {
	const results = await new AxeBuilder({ page }).setLegacyMode(true).withTags(AXE_TAGS).analyze();
	return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Runs axe on the current page and expects no violations. */
export async function expectNoAxeViolations(page: Page, context = ''): Promise<void> {
	expect(await axeViolations(page), `axe violations ${context}`).toEqual([]);
}

/**
 * Applies WCAG 1.4.12's text-spacing overrides as a reader's style sheet would (a constructed
 * sheet: the site's CSP refuses inline styles).
 */
export async function applyTextSpacing(page: Page): Promise<void> {
	await page.evaluate(() => {
		const sheet = new CSSStyleSheet();
		sheet.replaceSync(
			'* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
		);
		document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
	});
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
