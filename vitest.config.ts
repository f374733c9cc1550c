/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Unit tests sit beside the code (src/, bench/, the e2e gates in e2e/gates/); test/ holds those
 * spanning src/ (URL fuzzing, the broken-record build) and shared fixtures. The other e2e/ specs
 * belong to Playwright.
 */
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test/**/*.test.ts', 'bench/**/*.test.ts', 'e2e/gates/**/*.test.ts'],
		testTimeout: 120_000,
		// One module graph per worker, not one per file: the suite takes half the time (21 -> 12 s).
		// Safe because no test leans on another file's module state: stores are created per test
		// or reset in a beforeEach, and the suite passes with its files in shuffled order.
		isolate: false,
	},
});
