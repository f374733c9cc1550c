import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/chromium-path.mjs';

/**
 * End-to-end tests against the built site, served by `astro preview`. `PORT` and `OUT_DIR`
 * let several runs (or a benchmark) build and serve side by side.
 */
const port = Number(process.env.PORT ?? 4327);
const isCI = Boolean(process.env.CI);
const executablePath = chromiumPath();

export default defineConfig({
	testDir: 'e2e',
	testMatch: '*.test.ts',
	// e2e/gates/ holds the gate checkers and their Vitest unit tests, not specs.
	testIgnore: 'gates/**',
	// Parallel runs (OUT_DIR per run) must not share artifacts either.
	outputDir: `test-results/${process.env.OUT_DIR ?? 'dist'}`,
	forbidOnly: isCI,
	fullyParallel: true,
	workers: 2,
	retries: isCI ? 1 : 0,
	timeout: 30_000,
	reporter: 'list',
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		// Recording every test's trace cost a third of the sweeps' time (102 -> 67 s for the axe, budget
		// and hostile-link sweeps); CI retries once, and the retry records one.
		trace: 'on-first-retry',
		// The prep and setup pages register the offline service worker, whose install fetches every
		// precached page: that background load slowed every spec. Only the offline spec allows it.
		serviceWorkers: 'block',
		...devices['Desktop Chrome'],
		launchOptions: executablePath ? { executablePath } : {},
	},
	webServer: {
		command: `npm run build && npx astro preview --ignore-lock --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !isCI,
		timeout: 180_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
