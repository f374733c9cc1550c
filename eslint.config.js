// @ts-check
/**
 * ESLint for the whole tree: JavaScript and TypeScript (typescript-eslint, without type
 * information so `npm run lint` stays fast), Astro components (eslint-plugin-astro) and
 * accessibility of JSX and Astro markup (jsx-a11y rules, from eslint-plugin-jsx-a11y-x: the
 * maintained fork that supports ESLint 10, which eslint-plugin-astro also accepts).
 * Formatting is Prettier's job (`npm run format`), so no stylistic rules here.
 */
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
	{
		ignores: ['dist/', 'dist-*/', 'node_modules/', '.astro/', 'test-results/', 'playwright-report/', 'public/'],
	},
	js.configs.recommended,
	tseslint.configs.recommended,
	astro.configs['flat/recommended'],
	astro.configs['flat/jsx-a11y-recommended'],
	{
		files: ['**/*.tsx'],
		...jsxA11y.configs.recommended,
	},
	{
		// Tooling, tests and config run in Node; browser code is bundled into pages.
		files: ['*.{js,mjs,ts}', 'scripts/**', 'bench/**', 'e2e/**', 'test/**', '**/*.test.ts'],
		languageOptions: { globals: { ...globals.node } },
	},
	{
		files: ['src/**/*.{ts,tsx,js}', 'e2e/**', 'bench/**'],
		languageOptions: { globals: { ...globals.browser } },
	},
	{
		files: ['**/*.astro'],
		rules: {
			// A scrolling table box is a named region the keyboard must reach to scroll it (WCAG 2.1.1).
			'astro/jsx-a11y/no-noninteractive-tabindex': ['error', { tags: ['section'], roles: ['tabpanel'] }],
		},
	},
	{
		rules: {
			// An empty catch marks a failure that is fine to ignore (storage blocked by the browser);
			// the minified theme script (src/client/theme.js) cannot carry a comment for each one.
			'no-empty': ['error', { allowEmptyCatch: true }],
			// `_name` marks a parameter or binding kept on purpose (a callback's shape, a rest sibling).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
			],
		},
	},
	{
		// Tests feed hostile input on purpose: control characters in their patterns are the point.
		files: ['**/*.test.ts', 'test/**'],
		rules: { 'no-control-regex': 'off' },
	},
	{
		// The service worker template: scripts/service-worker.mjs replaces __PRECACHE__ with the file list and __NOTICES__ with the offline notice's text and start pages.
		files: ['src/sw/**'],
		languageOptions: { globals: { ...globals.serviceworker, __PRECACHE__: 'readonly', __NOTICES__: 'readonly' } },
	},
);
