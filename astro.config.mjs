// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import pagefindIndex from './scripts/pagefind-integration.mjs';
import { LOCALES, DEFAULT_LOCALE, LOCALE_TAGS } from './src/i18n/locales.ts';
import { getDictionary } from './src/i18n/index.ts';
import { serviceWorker } from './scripts/service-worker.mjs';
import { plainDynamicImports } from './scripts/plain-dynamic-imports.mjs';

/**
 * `SITE` and `BASE` let one build target any static host, e.g.
 * `SITE=https://example.github.io BASE=/workshop-ready/ npm run build`.
 * `OUT_DIR` lets parallel builds (tests, benchmarks) use their own folder.
 */
const site = process.env.SITE ?? 'https://workshop-ready.example.org';
const base = process.env.BASE ?? '/';
const outDir = process.env.OUT_DIR ?? 'dist';

/** Astro hashes its own scripts for the CSP, not `is:inline` ones: hash the theme script here. */
const themeScript = readFileSync(new URL('./src/client/theme.js', import.meta.url), 'utf8');
const themeHash = /** @type {`sha256-${string}`} */ (`sha256-${createHash('sha256').update(themeScript).digest('base64')}`);

export default defineConfig({
	site,
	base,
	outDir,
	// Parallel builds must not share the content-layer cache either.
	...(process.env.OUT_DIR ? { cacheDir: `./node_modules/.astro-${outDir.replace(/\W/g, '_')}` } : {}),
	output: 'static',
	trailingSlash: 'ignore',
	build: {
		format: 'directory',
		// Astro hashes inline styles of pages for the CSP but not those of components used in MDX;
		// external stylesheets are covered by 'self', so nothing is silently dropped.
		inlineStylesheets: 'never',
	},
	i18n: {
		locales: [...LOCALES],
		defaultLocale: DEFAULT_LOCALE,
		routing: { prefixDefaultLocale: false },
	},
	integrations: [
		mdx(),
		preact(),
		// client:link — at once for a link with values or after an edit, else when visible.
		{
			name: 'hydrate-on-link',
			hooks: {
				'astro:config:setup': ({ addClientDirective }) =>
					addClientDirective({ name: 'link', entrypoint: './src/client/hydrate-on-link.js' }),
			},
		},
		sitemap({ i18n: { defaultLocale: DEFAULT_LOCALE, locales: Object.fromEntries(LOCALES.map((l) => [l, LOCALE_TAGS[l]])) } }),
		// Offline copy for the venue: the prep page, the setup walkthrough and the guide (issue 14).
		serviceWorker({
			pages: ['prep/', 'setup/', 'guide/'],
			locales: LOCALES.filter((l) => l !== DEFAULT_LOCALE),
			// The answer for a page not saved, in every locale, the root one first.
			notices: LOCALES.toSorted((a, b) => Number(b === DEFAULT_LOCALE) - Number(a === DEFAULT_LOCALE)).map((locale) => {
				const { notSavedTitle: title, notSavedHeading: heading, notSavedIntro: intro, notSavedBack: back } = getDictionary(locale).offline;
				return { locale, lang: LOCALE_TAGS[locale], title, heading, intro, back };
			}),
		}),
		// Last, so it indexes the finished pages.
		pagefindIndex(),
	],
	markdown: {
		// Shiki writes inline styles, which a strict CSP forbids; commands render as plain code.
		syntaxHighlight: false,
	},
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				"img-src 'self' data:",
				"connect-src 'self'",
				// The offline service worker (<base>sw.js), same origin only.
				"worker-src 'self'",
				"font-src 'self'",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			// Pagefind's search runs WebAssembly; that needs wasm-unsafe-eval, never unsafe-eval.
			scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [themeHash] },
		},
	},
	vite: {
		plugins: [plainDynamicImports()],
		resolve: {
			// Astro's Preact client without signals support, which loaded a helper on every island page.
			alias: [{ find: '@astrojs/preact/client.js', replacement: fileURLToPath(new URL('./src/client/preact-island.js', import.meta.url)) }],
		},
		build: {
			rolldownOptions: { checks: { moduleLevelDirective: false } },
		},
	},
});
