import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkLinks, cssRefs, htmlRefs, sitemapRefs, srcsetUrls } from './check-links.mjs';
import { decodeEntities, ids, tags } from './html.mjs';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Writes a small build output and returns its folder. */
function site(files: Record<string, string>): string {
	const dir = mkdtempSync(join(tmpdir(), 'links-'));
	dirs.push(dir);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(dirname(join(dir, path)), { recursive: true });
		writeFileSync(join(dir, path), text);
	}
	return dir;
}

const page = (body: string, head = '') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

describe('reading HTML', () => {
	test('tags reads quoted, unquoted and bare attributes and skips script and style bodies', () => {
		const html = `<a href="/x/" data-a='1' hidden>t</a><script>const s = '<a href="/no/">';</script><img src=/i.png alt="a > b">`;
		expect(tags(html)).toEqual([
			{ name: 'a', attrs: { href: '/x/', 'data-a': '1', hidden: '' } },
			{ name: 'script', attrs: {} },
			{ name: 'img', attrs: { src: '/i.png', alt: 'a > b' } },
		]);
	});

	test.each([
		['a &amp; b', 'a & b'],
		['&#39;x&#x27;', "'x'"],
		['&unknown;', '&unknown;'],
	])('decodeEntities reads %s as %s', (raw, text) => {
		expect(decodeEntities(raw)).toBe(text);
	});

	test('ids collects ids and anchor names', () => {
		expect([...ids('<h2 id="cost">C</h2><a name="old"></a><p id="a&amp;b"></p>')]).toEqual(['cost', 'old', 'a&b']);
	});

	test('htmlRefs collects href, src, srcset, action and url() in style blocks', () => {
		const html = page(
			'<a href="/a/">a</a><img src="/i.png" srcset="/i1.png 1x, /i2.png 2x"><form action="/search/"></form>',
			'<style>.x{background:url("/bg.svg")}</style>',
		);
		expect(htmlRefs(html).sort()).toEqual(['/a/', '/bg.svg', '/i.png', '/i1.png', '/i2.png', '/search/']);
	});

	test.each([
		['a.png 1x, b.png 2x', ['a.png', 'b.png']],
		['a.png', ['a.png']],
		['a.png 480w,b.png 800w', ['a.png', 'b.png']],
	])('srcsetUrls reads %s', (srcset, urls) => {
		expect(srcsetUrls(srcset)).toEqual(urls);
	});

	test('cssRefs and sitemapRefs read their URLs', () => {
		expect(cssRefs(`a{b:url(x.woff2)} c{d:url('y.svg')}`)).toEqual(['x.woff2', 'y.svg']);
		expect(sitemapRefs('<loc>https://e.org/a/</loc>\nSitemap: https://e.org/s.xml')).toEqual(['https://e.org/a/', 'https://e.org/s.xml']);
	});
});

describe('checkLinks', () => {
	const good = {
		'index.html': page(
			'<a href="/guide/#costs">g</a><a href="guide/">rel</a><a href="https://other.org/x">ext</a><a href="#top">t</a>',
			'<link rel="stylesheet" href="/_astro/s.css">',
		),
		'guide/index.html': page('<h2 id="costs">Costs</h2><a href="/" id="top">home</a><a href="/404">nf</a>'),
		'404.html': page('<a href="/">home</a>'),
		'_astro/s.css': 'body{background:url(/bg.svg)}',
		'bg.svg': '<svg/>',
	};

	test('finds nothing wrong in a sound site', () => {
		expect(checkLinks(site({ ...good, 'index.html': good['index.html'].replace('#top', '#') }))).toEqual([]);
	});

	test('reports missing pages, assets, anchors and CSS urls, naming the file', () => {
		const dir = site({
			...good,
			'index.html': page('<a href="/gone/">x</a><img src="/missing.png" alt=""><a href="/guide/#nope">y</a><a href="#here">z</a>'),
			'_astro/s.css': 'body{background:url(/nothere.svg)}',
		});
		expect(checkLinks(dir)).toEqual([
			'/_astro/s.css: /nothere.svg (no such file)',
			'/index.html: /gone/ (no such file)',
			'/index.html: /missing.png (no such file)',
			'/index.html: /guide/#nope (no id "nope" on the target page)',
			'/index.html: #here (no id "here" on the target page)',
		]);
	});

	test('checks links under a base path and reports those that leave it', () => {
		const dir = site({
			'index.html': page('<a href="/wr/guide/">ok</a><a href="/guide/">outside</a><a href="../guide/">up</a>'),
			'guide/index.html': page('<a href="/wr/">home</a>'),
		});
		expect(checkLinks(dir, { base: '/wr/' })).toEqual([
			'/wr/index.html: /guide/ (outside the base /wr/)',
			'/wr/index.html: ../guide/ (outside the base /wr/)',
		]);
	});

	test('checks absolute links to the deployed site, such as canonical links and the sitemap', () => {
		const dir = site({
			'index.html': page('', '<link rel="canonical" href="https://e.org/">'),
			'404.html': page('', '<link rel="canonical" href="https://e.org/404/">'),
			'sitemap-index.xml': '<sitemapindex><sitemap><loc>https://e.org/sitemap-0.xml</loc></sitemap></sitemapindex>',
			'sitemap-0.xml': '<urlset><url><loc>https://e.org/</loc></url><url><loc>https://e.org/old/</loc></url></urlset>',
		});
		expect(checkLinks(dir)).toEqual(['/404.html: https://e.org/404/ (no such file)', '/sitemap-0.xml: https://e.org/old/ (no such file)']);
	});
});
