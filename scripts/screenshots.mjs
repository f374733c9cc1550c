/**
 * Takes the README's screenshots with headless Chromium from a running build, in both themes:
 * the landing page and a tool on a laptop screen, the prep page on a phone.
 *
 *   npm run build && npx astro preview --port 4321 &
 *   npm run screenshots -- http://127.0.0.1:4321
 *
 * Writes docs/screenshot-<name>-<theme>.png. The theme is set the way the theme menu stores
 * it, so the pages render exactly as a reader who chose it sees them.
 */
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { fullChromiumOrExit } from './chromium-path.mjs';
import { hydrateIslands } from '../e2e/gates/visit.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4321';
const SHOTS = [
	{ name: 'landing', path: '/', viewport: { width: 1280, height: 800 } },
	{ name: 'time-budget', path: '/tools/time-budget/', viewport: { width: 1280, height: 800 } },
	{
		name: 'prep-phone',
		path: '/prep/?title=Deep%20learning%20night&date=2026-12-03&platform=colab',
		viewport: { width: 360, height: 780 },
	},
];

const executablePath = fullChromiumOrExit();
const browser = await chromium.launch(executablePath ? { executablePath } : {});
mkdirSync('docs', { recursive: true });
for (const theme of /** @type {const} */ (['light', 'dark'])) {
	for (const shot of SHOTS) {
		const context = await browser.newContext({
			viewport: shot.viewport,
			colorScheme: theme,
			deviceScaleFactor: shot.viewport.width < 600 ? 2 : 1,
		});
		await context.addInitScript((value) => localStorage.setItem('wr:theme', value), theme);
		const page = await context.newPage();
		await page.goto(new URL(shot.path, base).href, { waitUntil: 'networkidle' });
		await hydrateIslands(page);
		// A string: this Node script has no browser globals to lint against.
		await page.evaluate('window.scrollTo(0, 0)');
		const file = `docs/screenshot-${shot.name}-${theme}.png`;
		await page.screenshot({ path: file });
		console.log(file);
		await context.close();
	}
}
await browser.close();
