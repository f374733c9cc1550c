/**
 * Finds a Chromium for Playwright, in order: $CHROMIUM_PATH, Playwright's own installed
 * Chromium, then Debian's. Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * Debian's `chromium-headless-shell`: the same Blink without the browser around it, which is
 * what Playwright itself runs headless tests in. The whole end-to-end suite took 40 % less CPU
 * in it than in the full `chromium` (438 s against about 860 s of busy CPU on two cores).
 */
const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** Debian's full browser, which Lighthouse needs (`--headless=new`). */
const FULL = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/**
 * @param {{ full?: boolean }} [options] `full` for the full browser (Lighthouse, the bench)
 * @returns {string | undefined} an executable path, or undefined to use Playwright's own
 */
export function chromiumPath({ full = false } = {}) {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	if (playwrightHasOwn()) return undefined;
	return (full ? FULL : [HEADLESS_SHELL, ...FULL]).find((candidate) => existsSync(candidate));
}

/**
 * The full browser for `npm run bench` and `npm run screenshots`, or an exit with what to
 * install: the headless shell the tests use cannot run Lighthouse.
 * @returns {string | undefined} an executable path, or undefined to use Playwright's own
 */
export function fullChromiumOrExit() {
	const path = chromiumPath({ full: true });
	if (path || playwrightHasOwn()) return path;
	console.error('No full Chromium found: install Debian’s `chromium` (or run `npx playwright install chromium`), or set CHROMIUM_PATH.');
	process.exit(1);
}

/** Whether any usable Chromium exists. */
export function hasChromium() {
	if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
	return chromiumPath() !== undefined || playwrightHasOwn();
}

/** Whether `npx playwright install chromium` has run (Playwright throws when it never did). */
function playwrightHasOwn() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}
