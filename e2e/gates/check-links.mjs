/**
 * Finds broken internal links and assets in a build output: every href, src, srcset, poster
 * and form action in the HTML, every url() in CSS, every <loc> in the sitemaps and the
 * robots.txt sitemap line, including `#fragments`, which must name an id on the target page.
 * Works for any `base`: a reference must stay under it and resolve to a file in the output.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ids, styleBlocks, tags } from './html.mjs';

const URL_ATTRS = ['href', 'src', 'poster', 'action', 'data', 'xlink:href'];

/** The URLs one srcset names (`a.png 1x, b.png 2x` → a.png, b.png). */
export function srcsetUrls(srcset) {
	return srcset
		.split(',')
		.map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
		.filter(Boolean);
}

/** Every URL an HTML page refers to (links, assets, form actions, CSS url() in <style>). */
export function htmlRefs(html) {
	const refs = [];
	for (const { attrs } of tags(html)) {
		for (const name of URL_ATTRS) if (attrs[name] !== undefined) refs.push(attrs[name]);
		if (attrs.srcset !== undefined) refs.push(...srcsetUrls(attrs.srcset));
	}
	for (const css of styleBlocks(html)) refs.push(...cssRefs(css));
	return refs;
}

/** Every url(…) in a stylesheet, quoted or not. */
export function cssRefs(css) {
	return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** Every <loc> of a sitemap, and the Sitemap: lines of robots.txt. */
export function sitemapRefs(text) {
	const locs = [...text.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] ?? '');
	const lines = [...text.matchAll(/^sitemap:\s*(\S+)/gim)].map((m) => m[1] ?? '');
	return [...locs, ...lines];
}

/** Files under `dir` (posix paths relative to it), skipping Pagefind's generated bundle. */
function walk(dir, root = dir) {
	return readdirSync(dir).flatMap((name) => {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) return name === 'pagefind' && dir === root ? [] : walk(full, root);
		return [relative(root, full).split(sep).join('/')];
	});
}

function safeDecode(text) {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** The deployed origin named by the sitemap index, if the build has one. */
function siteOf(outDir) {
	const index = join(outDir, 'sitemap-index.xml');
	if (!existsSync(index)) return undefined;
	return sitemapRefs(readFileSync(index, 'utf8'))[0];
}

/** The file that serves a path under the output folder, as a static host would find it. */
function fileFor(outDir, path) {
	const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}.html`, `${path}/index.html`];
	return candidates.map((c) => join(outDir, c)).find((f) => existsSync(f) && statSync(f).isFile());
}

/**
 * Broken references in the output folder, one message each: `page: ref (reason)`.
 * `site` is the deployed origin (absolute URLs on it, like canonical links and sitemap
 * entries, are checked like internal ones; read from sitemap-index.xml when not given);
 * `base` is the path the site is served under (`/` or `/workshop-ready/`).
 * @param {string} outDir
 * @param {{ base?: string, site?: string }} [options]
 * @returns {string[]}
 */
export function checkLinks(outDir, { base = '/', site } = {}) {
	const root = base.endsWith('/') ? base : `${base}/`;
	const origin = 'http://site.invalid';
	const siteUrl = site ?? siteOf(outDir);
	const siteOrigin = siteUrl ? new URL(siteUrl).origin : undefined;
	const idCache = new Map();
	const idsOf = (file) => idCache.get(file) ?? idCache.set(file, ids(readFileSync(file, 'utf8'))).get(file);
	const problems = [];
	for (const rel of walk(outDir)) {
		const text = /\.(html|css|xml|txt)$/.test(rel) ? readFileSync(join(outDir, rel), 'utf8') : '';
		const refs = rel.endsWith('.html')
			? htmlRefs(text)
			: rel.endsWith('.css')
				? cssRefs(text)
				: /\.(xml|txt)$/.test(rel)
					? sitemapRefs(text)
					: [];
		const here = new URL(`${root}${rel}`, origin);
		for (const ref of refs) {
			const problem = checkRef(ref.trim(), here);
			if (problem) problems.push(`${root}${rel}: ${ref} (${problem})`);
		}
	}
	return problems;

	/** Why one reference is broken, or undefined when it resolves. */
	function checkRef(ref, here) {
		if (ref === '' || ref === '#') return undefined;
		let url;
		if (siteOrigin && ref.startsWith(siteOrigin)) url = new URL(ref.slice(siteOrigin.length) || '/', origin);
		else if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return undefined;
		else url = new URL(ref, here);
		const path = safeDecode(url.pathname);
		if (path === undefined) return 'malformed percent-encoding';
		if (!path.startsWith(root)) return `outside the base ${root}`;
		const file = fileFor(outDir, path.slice(root.length - 1));
		if (!file) return 'no such file';
		const fragment = safeDecode(url.hash.slice(1)) ?? url.hash.slice(1);
		if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) return `no id "${fragment}" on the target page`;
		return undefined;
	}
}
