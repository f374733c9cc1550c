import { describe, expect, test } from 'vitest';
import { checkBudgets, classifyPage, withoutLocale, type PageType } from './budgets.mjs';
import { kindOf } from './measure.mjs';

const island = '<main><astro-island uid="1" client="load"><input inputmode="numeric"></astro-island></main>';
const prose = '<main><p>Text</p></main>';

describe('classifyPage', () => {
	test.each([
		['/', prose, 'prose'],
		['/guide/cost/', prose, 'prose'],
		['/tools/cost/', island, 'tool'],
		['/guide/cost/', island, 'tool'],
		['/setup/', island, 'setup'],
		['/prep/', prose, 'prep'],
		['/plan/', island, 'plan'],
		['/search/', prose, 'search'],
		['/zh-cn/setup/', island, 'setup'],
		['/zh-cn/tools/cost/', island, 'tool'],
		['/zh-cn/', prose, 'prose'],
		['/compare/', '<main><table></table></main><script type="module" src="/_astro/compare.js"></script>', 'enhanced'],
		['/tools/cost/', '<astro-island uid="1"></astro-island><script type="module" src="/_astro/x.js"></script>', 'tool'],
	])('%s is a %s page', (path, html, type) => {
		expect(classifyPage(path, html)).toBe(type);
	});

	test.each([
		['/zh-cn/plan/', '/plan/'],
		['/guide/setup/', '/guide/setup/'],
		['/tools/', '/tools/'],
	])('withoutLocale reads %s as %s', (path, expected) => {
		expect(withoutLocale(path)).toBe(expected);
	});
});

const file = (url: string, kind: 'html' | 'js' | 'css' | 'other', gzipKb: number) => ({
	url,
	kind,
	bytes: gzipKb * 4096,
	gzip: gzipKb * 1024,
});
const inline = (bytes: number, gzip = bytes / 2) => ({ bytes, gzip });

describe('checkBudgets', () => {
	test.each<[string, PageType, Parameters<typeof checkBudgets>[2], string[]]>([
		['a prose page with only the theme script', 'prose', { files: [file('/', 'html', 5)], inlineScripts: inline(900) }, []],
		[
			'a prose page loading a script file',
			'prose',
			{ files: [file('/', 'html', 5), file('/_astro/x.js', 'js', 0.5)], inlineScripts: inline(900) },
			['/p (prose): loads JavaScript files, budget none; files: /_astro/x.js 0.5 KB'],
		],
		[
			'a prose page with a large inline script',
			'prose',
			{ files: [file('/', 'html', 5)], inlineScripts: inline(1500) },
			['/p (prose): inline scripts 1500 bytes, budget 1024 bytes (the theme script only)'],
		],
		['a tool page within 18 KB', 'tool', { files: [file('/_astro/a.js', 'js', 15)], inlineScripts: inline(4096, 2048) }, []],
		[
			'a tool page over 18 KB, largest file first',
			'tool',
			{ files: [file('/_astro/a.js', 'js', 4), file('/_astro/big.js', 'js', 13)], inlineScripts: inline(4096, 2048) },
			['/p (tool): JS 19.0 KB gzip, budget 18.0 KB; files: /_astro/big.js 13.0 KB, /_astro/a.js 4.0 KB, inline 2.0 KB'],
		],
		['a setup page at 24 KB', 'setup', { files: [file('/_astro/a.js', 'js', 24)], inlineScripts: inline(0, 0) }, []],
		[
			'any page over 100 KB in all',
			'tool',
			{ files: [file('/', 'html', 10), file('/img.png', 'other', 95)], inlineScripts: inline(0, 0) },
			['/p (tool): total 105.0 KB gzip, budget 100.0 KB; files: /img.png 95.0 KB, / 10.0 KB'],
		],
		[
			'a prose page with 6.5 KB of CSS',
			'prose',
			{ files: [file('/', 'html', 5), file('/_astro/a.css', 'css', 4), file('/_astro/b.css', 'css', 2.5)], inlineScripts: inline(900) },
			['/p (prose): CSS 6.5 KB gzip, budget 6.0 KB; files: /_astro/a.css 4.0 KB, /_astro/b.css 2.5 KB'],
		],
		['a prose page with 6 KB of CSS', 'prose', { files: [file('/_astro/a.css', 'css', 6)], inlineScripts: inline(900) }, []],
		['a tool page with 6.5 KB of CSS', 'tool', { files: [file('/_astro/a.css', 'css', 6.5)], inlineScripts: inline(0, 0) }, []],
		['the search page over 100 KB in all', 'search', { files: [file('/pagefind/x', 'other', 300)], inlineScripts: inline(0, 0) }, []],
	])('%s', (_title, type, measurement, expected) => {
		expect(checkBudgets('/p', type, measurement)).toEqual(expected);
	});
});

describe('kindOf', () => {
	test.each([
		['document', 'text/html', 'html'],
		['script', 'text/javascript', 'js'],
		['other', 'text/javascript; charset=utf-8', 'js'],
		['stylesheet', 'text/css', 'css'],
		['fetch', 'text/css', 'css'],
		['image', 'image/svg+xml', 'other'],
		['fetch', 'application/wasm', 'other'],
	])('a %s response of %s is %s', (type, contentType, kind) => {
		expect(kindOf(type, contentType)).toBe(kind);
	});
});
