/**
 * Astro integration that writes the offline service worker (src/sw/sw.js) into the build
 * output as `<base>sw.js`, with the list of files to save and a version derived from their
 * contents: a new deploy with any changed page or asset gets a new worker and a new cache.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = new URL('../src/sw/sw.js', import.meta.url);

/** Every file under `dir`, as `/`-separated paths relative to it. */
function walk(dir) {
	/** @type {string[]} */
	const files = [];
	const visit = (d) => {
		for (const name of readdirSync(d)) {
			const full = join(d, name);
			if (statSync(full).isDirectory()) visit(full);
			else files.push(relative(dir, full).split(sep).join('/'));
		}
	};
	visit(dir);
	return files.sort();
}

/**
 * The URLs (relative to the base) the worker saves, from the build's file list: the pages
 * whose path, after an optional locale folder, starts with one of `pages` (`prep/`,
 * `guide/`…), as their directory URL; every file under `_astro/` (scripts, styles, fonts,
 * images with hashed names); and the favicon.
 * @param {string[]} files relative paths in the build output
 * @param {{ pages: string[], locales: string[] }} options
 * @returns {string[]}
 */
export function precacheList(files, { pages, locales }) {
	const localePrefix = locales.length ? `(?:(?:${locales.map((l) => l.replace(/[^a-z0-9-]/gi, '')).join('|')})/)?` : '';
	const page = new RegExp(`^${localePrefix}(?:${pages.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
	const list = [];
	for (const file of files) {
		if (file.startsWith('_astro/') || file === 'favicon.png') list.push(file);
		else if (file.endsWith('/index.html')) {
			const dir = file.slice(0, -'index.html'.length);
			if (page.test(dir)) list.push(dir);
		}
	}
	return list;
}

/** The saved pages a reader starts from (each locale's prep page, walkthrough and guide), in `list` order. */
export function startPages(list) {
	return list.filter((path) => /^(?:[a-z-]+\/)?(?:prep|setup|guide)\/$/.test(path));
}

/** A built page's `<title>` as text (entities of the five HTML escapes read back), or its path when it has none. */
export function pageTitle(html, path) {
	const raw = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
	if (!raw) return path;
	const named = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };
	return raw.replace(/&(amp|lt|gt|quot|#39);/g, (_, name) => named[name]);
}

/**
 * @typedef {{ locale: string, lang: string, title: string, heading: string, intro: string, back: string }} NoticeText
 * One locale's offline notice, from its dictionary (`offline.notSaved…`).
 */

/**
 * The offline notice's sections, in `texts` order (the default locale first): each with its
 * locale's folder (`''` for the default, else `<locale>/`) and its start pages, `[path, title]`,
 * titled by `titleOf(path)`.
 * @param {string[]} list the precache list
 * @param {NoticeText[]} texts
 * @param {(path: string) => string} titleOf
 * @returns {Array<Omit<NoticeText, 'locale'> & { folder: string, pages: Array<[string, string]> }>}
 */
export function noticeSections(list, texts, titleOf) {
	const folders = texts.slice(1).map((t) => `${t.locale}/`);
	return texts.map(({ locale, ...text }, i) => {
		const folder = i === 0 ? '' : `${locale}/`;
		const mine = (path) => (folder ? path.startsWith(folder) : !folders.some((f) => path.startsWith(f)));
		return {
			folder,
			...text,
			pages: startPages(list)
				.filter(mine)
				.map((path) => [path, titleOf(path)]),
		};
	});
}

/** The worker's source for `list`, versioned by `version`; `notices` are its offline notice's sections (`noticeSections`). */
export function workerSource(template, list, version, notices = []) {
	return template
		.replace("'__VERSION__'", JSON.stringify(version))
		.replace('__PRECACHE__', JSON.stringify(list))
		.replace('__NOTICES__', JSON.stringify(notices));
}

/**
 * The integration. `pages`: path prefixes to save (with every locale); `locales`: the locale
 * folders other than the root one; `notices`: the offline notice's text per locale, the root one first.
 * @param {{ pages: string[], locales: string[], notices: NoticeText[] }} options
 * @returns {import('astro').AstroIntegration}
 */
export function serviceWorker(options) {
	return {
		name: 'workshop-ready:service-worker',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				const list = precacheList(walk(out), options);
				const template = readFileSync(TEMPLATE, 'utf8');
				const hash = createHash('sha256').update(template);
				for (const path of list) {
					const file = path.endsWith('/') || path === '' ? `${path}index.html` : path;
					hash.update(`\0${path}\0`).update(readFileSync(join(out, file)));
				}
				const version = hash.digest('hex').slice(0, 16);
				const titleOf = (path) => pageTitle(readFileSync(join(out, `${path}index.html`), 'utf8'), path);
				writeFileSync(join(out, 'sw.js'), workerSource(template, list, version, noticeSections(list, options.notices, titleOf)));
				logger.info(`sw.js: ${list.length} files to save offline, version ${version}`);
			},
		},
	};
}
