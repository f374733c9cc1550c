/** Helpers shared by the end-to-end specs. */
import { expect, type Locator, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
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
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's browser build, read once per worker. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Axe violations on the current page and its same-origin frames (the plan page's prep preview),
 * one line each: `rule: targets`; every `AXE_TAGS` rule, or only `rules`; in `frames` when given. Axe is put into each
 * frame once per page and run there directly: @axe-core/playwright re-injects it on every run,
 * which took twice as long over the sweep. Playwright's evaluate is not bound by the site's CSP.
 */
export async function axeViolations(page: Page, rules?: string[], frames = page.frames()): Promise<string[]> {
	for (const frame of frames) {
		if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(AXE_SOURCE);
	}
	return page.evaluate(
		async ({ rules, tags }) => {
			const run = rules ?? { type: 'tag' as const, values: tags };
			const { axe } = window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } };
			const { violations } = await axe.run(document, { runOnly: run });
			return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
		},
		{ rules, tags: AXE_TAGS },
	);
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
