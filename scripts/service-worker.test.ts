import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { noticeSections, pageTitle, precacheList, startPages, workerSource } from './service-worker.mjs';

const files = [
	'index.html',
	'404.html',
	'favicon.png',
	'sw.js',
	'_astro/PrepPage.abc.js',
	'_astro/Base.def.css',
	'prep/index.html',
	'setup/index.html',
	'plan/index.html',
	'guide/index.html',
	'guide/cost/index.html',
	'preparation/index.html',
	'zh-cn/prep/index.html',
	'zh-cn/guide/gpu/index.html',
	'zh-cn/plan/index.html',
	'fr/prep/index.html',
	'pagefind/pagefind.js',
	'sitemap-index.xml',
];

describe('precacheList', () => {
	const list = precacheList(files, { pages: ['prep/', 'setup/', 'guide/'], locales: ['zh-cn'] });
	test('saves the prep, setup and guide pages of every enabled locale, as directory URLs', () => {
		expect(list.filter((p) => !p.startsWith('_astro/'))).toEqual([
			'favicon.png',
			'prep/',
			'setup/',
			'guide/',
			'guide/cost/',
			'zh-cn/prep/',
			'zh-cn/guide/gpu/',
		]);
	});
	test('saves every built asset and nothing from the search index', () => {
		expect(list).toContain('_astro/PrepPage.abc.js');
		expect(list).toContain('_astro/Base.def.css');
		expect(list.some((p) => p.startsWith('pagefind/') || p === 'sw.js')).toBe(false);
	});
});

describe('workerSource', () => {
	const template = readFileSync(new URL('../src/sw/sw.js', import.meta.url), 'utf8');
	test('fills in the version and the list, and leaves no placeholder', () => {
		const notices = [
			{ folder: '', lang: 'en', title: 'T', heading: 'H', intro: 'I', back: 'B', pages: [['prep/', 'Prepare · Workshop Ready']] },
		];
		const source = workerSource(template, ['prep/', '_astro/a.js'], 'v123', notices);
		expect(source).toContain('const VERSION = "v123";');
		expect(source).toContain('const PRECACHE = ["prep/","_astro/a.js"];');
		expect(source).toContain(`const NOTICES = ${JSON.stringify(notices)};`);
		expect(source).not.toMatch(/__[A-Z]+__/);
		// The worker must stay valid JavaScript once filled in.
		expect(() => new Function(source)).not.toThrow();
	});
});

describe('the offline notice', () => {
	test('links the start pages by their titles, read from the built pages', () => {
		expect(startPages(['favicon.png', 'prep/', 'setup/', 'guide/', 'guide/cost/', 'zh-cn/prep/', '_astro/a.js'])).toEqual([
			'prep/',
			'setup/',
			'guide/',
			'zh-cn/prep/',
		]);
		expect(pageTitle('<head><title>Q&amp;A &lt;day&gt; · Workshop Ready</title>', 'prep/')).toBe('Q&A <day> · Workshop Ready');
		expect(pageTitle('<head></head>', 'prep/'), 'no title: the path').toBe('prep/');
	});

	test("has a section per locale, the root one first, each with its own locale's start pages", () => {
		const text = (locale: string, lang: string) => ({
			locale,
			lang,
			title: `${locale} t`,
			heading: `${locale} h`,
			intro: `${locale} i`,
			back: `${locale} b`,
		});
		const list = ['prep/', 'guide/', 'zh-cn/prep/', 'zh-cn/guide/', 'fr/setup/', '_astro/a.js'];
		const sections = noticeSections(list, [text('en', 'en'), text('zh-cn', 'zh-CN'), text('fr', 'fr')], (path) => `title of ${path}`);
		expect(sections.map((s) => [s.folder, s.lang, s.heading])).toEqual([
			['', 'en', 'en h'],
			['zh-cn/', 'zh-CN', 'zh-cn h'],
			['fr/', 'fr', 'fr h'],
		]);
		expect(sections.map((s) => s.pages.map(([path]) => path))).toEqual([
			['prep/', 'guide/'],
			['zh-cn/prep/', 'zh-cn/guide/'],
			['fr/setup/'],
		]);
		expect(sections[1]?.pages[0]).toEqual(['zh-cn/prep/', 'title of zh-cn/prep/']);
	});
});
