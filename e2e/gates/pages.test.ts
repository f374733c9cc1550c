import { describe, expect, test } from 'vitest';
import { coveringPages, hasToolInput, islandComponents, pageFile } from './pages.mjs';

const island = (url: string, inner = '') => `<astro-island uid="x" component-url="${url}" client="load" ssr>${inner}</astro-island>`;

describe('pageFile', () => {
	test.each([
		['/', 'dist/index.html'],
		['/guide/cost/', 'dist/guide/cost/index.html'],
		['/404', 'dist/404.html'],
	])('finds %s in %s', (path, file) => {
		expect(pageFile('dist', path)).toBe(file);
	});
});

describe('hasToolInput', () => {
	test.each([
		[island('/a.js', '<input type="text" inputmode="numeric" value="25"/>'), true],
		[island('/a.js', '<input inputmode="decimal">'), true],
		[island('/a.js', '<input type="number">'), true],
		[island('/a.js', '<input type="checkbox"/>'), false],
		['<input type="number">', false],
		['<p>no island</p>', false],
	])('reads %s as %s', (html, expected) => {
		expect(hasToolInput(html)).toBe(expected);
	});
});

describe('coveringPages', () => {
	test('reads each island component once per page', () => {
		expect(islandComponents(island('/a.js') + island('/b.js') + island('/a.js'))).toEqual(['/a.js', '/b.js']);
	});

	test('picks the fewest pages, largest first, that run every island component', () => {
		const pages = [
			{ path: '/', html: '<p>prose</p>' },
			{ path: '/guide/cost/', html: island('/cost.js') },
			{ path: '/plan/', html: island('/cost.js') + island('/time.js') + island('/plan.js') },
			{ path: '/tools/cost/', html: island('/cost.js') },
			{ path: '/tools/time/', html: island('/time.js') + island('/summary.js') },
			{ path: '/zh-cn/tools/time/', html: island('/time.js') + island('/summary.js') },
		];
		expect(coveringPages(pages)).toEqual(['/plan/', '/tools/time/']);
	});
});
