/**
 * Vite plugin: the site's lazy imports (the calendar file, the QR encoder, the notebook
 * download) load plain JavaScript with no CSS of its own, so Vite's preload helper, which
 * also fetches a lazily loaded chunk's CSS and preloads its imports, is replaced by a call of
 * the import itself. That is 0.7–1 KB gzip less on /prep/, /setup/ and /plan/, whose budgets
 * are tight. The build fails if a lazily loaded chunk ever brings CSS, which this would not load.
 */

/** Vite's id for its preload helper module (vite/src/node/plugins/importAnalysisBuild.ts). */
const PRELOAD_HELPER = '\0vite/preload-helper.js';

/** @returns {import('vite').Plugin} */
export function plainDynamicImports() {
	return {
		name: 'workshop-ready:plain-dynamic-imports',
		enforce: 'pre',
		// The browser's bundle only: the server build's own lazy chunks (pages) do carry CSS.
		applyToEnvironment: (environment) => environment.config.consumer === 'client',
		load(id) {
			// Same export, same call (`__vitePreload(() => import(…), deps, importerUrl)`): only the import runs.
			if (id === PRELOAD_HELPER) return 'export const __vitePreload = (load) => load();';
			return undefined;
		},
		generateBundle(_, bundle) {
			// A lazy chunk's CSS, or that of a chunk it imports (Vite's helper loads both).
			const css = (fileName, seen = new Set()) => {
				const chunk = bundle[fileName];
				if (chunk?.type !== 'chunk' || seen.has(fileName)) return false;
				seen.add(fileName);
				return Boolean(chunk.viteMetadata?.importedCss.size) || chunk.imports.some((name) => css(name, seen));
			};
			for (const chunk of Object.values(bundle))
				if (chunk.type === 'chunk' && chunk.isDynamicEntry && css(chunk.fileName))
					this.error(`${chunk.fileName} is loaded lazily and brings CSS: scripts/plain-dynamic-imports.mjs would not load it.`);
		},
	};
}
