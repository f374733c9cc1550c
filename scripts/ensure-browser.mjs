/** Stops the end-to-end run early, with instructions, when no Chromium can be found. */
import { hasChromium } from './chromium-path.mjs';

if (!hasChromium()) {
	console.error(`
No Chromium found for the end-to-end tests. Any one of these works:
  • npx playwright install chromium        (downloads Playwright's own build)
  • sudo apt-get install chromium          (Debian/Ubuntu package, /usr/bin/chromium)
  • CHROMIUM_PATH=/path/to/chrome npm test (use a browser you already have)
`);
	process.exit(1);
}
