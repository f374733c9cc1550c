/**
 * Makes sure the end-to-end tests have a Chromium. On a Debian machine where we are root
 * (CI, a fresh dev box) it installs Debian's `chromium-headless-shell` package (what the tests
 * prefer: see chromium-path.mjs); anywhere else it stops
 * with instructions rather than letting Playwright fail obscurely.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { hasChromium } from './chromium-path.mjs';

const canApt = process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');

if (!hasChromium() && canApt && !process.env.CHROMIUM_PATH) {
	console.log('No Chromium found: installing Debian’s chromium-headless-shell package…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium-headless-shell', {
		stdio: 'inherit',
	});
}

if (!hasChromium()) {
	console.error(`
No Chromium found for the end-to-end tests. Any one of these works:
  • npx playwright install chromium        (downloads Playwright's own build)
  • sudo apt-get install chromium-headless-shell   (Debian package; or chromium)
  • CHROMIUM_PATH=/path/to/chrome npm test (use a browser you already have)
`);
	process.exit(1);
}
