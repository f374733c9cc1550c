import { getViteConfig } from 'astro/config';

/** Unit tests sit beside the code in src/; e2e/ belongs to Playwright. */
export default getViteConfig({
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		globals: false,
		testTimeout: 120_000,
	},
});
