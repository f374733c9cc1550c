/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests sit beside the code in src/ and scripts/; e2e/ belongs to Playwright. */
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		testTimeout: 120_000,
	},
});
