/**
 * Finds a Chromium for Playwright, in order: $CHROMIUM_PATH, Playwright's own installed
 * Chromium, Debian's /usr/bin/chromium. Returns undefined when there is none.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** @returns {string | undefined} an executable path, or undefined to use Playwright's own */
export function chromiumPath() {
	const fromEnv = process.env.CHROMIUM_PATH;
	if (fromEnv) return fromEnv;
	try {
		if (existsSync(chromium.executablePath())) return undefined;
	} catch {
		// Playwright throws when its browsers were never installed; fall through.
	}
	for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
		if (existsSync(candidate)) return candidate;
	}
	return undefined;
}

/** Whether any usable Chromium exists. */
export function hasChromium() {
	if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH);
	return chromiumPath() !== undefined || playwrightHasOwn();
}

function playwrightHasOwn() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}
