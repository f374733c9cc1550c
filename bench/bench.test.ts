import { describe, expect, test } from 'vitest';
import { normalisePath, parseArgs } from './args.mjs';
import { keystrokeCpuMs, median } from './latency.mjs';
import { summarise } from './lighthouse.mjs';
import { formatTable } from './table.mjs';

describe('parseArgs', () => {
	test('uses the defaults without options', () => {
		expect(parseArgs([])).toEqual({
			pages: undefined,
			lighthouse: true,
			lighthouseRuns: 3,
			build: true,
			runs: 20,
			port: 4415,
			outDir: 'dist-bench',
			help: false,
		});
	});

	test.each([
		[['--pages', '/,compare,/guide/cost'], { pages: ['/', '/compare/', '/guide/cost/'] }],
		[['--pages=/404'], { pages: ['/404'] }],
		[['--no-lighthouse', '--no-build'], { lighthouse: false, build: false }],
		[['--runs', '5', '--port=4500', '--out-dir', 'dist-x'], { runs: 5, port: 4500, outDir: 'dist-x' }],
		[['--lighthouse-runs=5'], { lighthouseRuns: 5 }],
	])('reads %j', (argv, expected) => {
		expect(parseArgs(argv)).toMatchObject(expected);
	});

	test.each([
		[['--runs', '0'], '--runs must be a whole number ≥ 1'],
		[['--lighthouse-runs', '0'], '--lighthouse-runs must be a whole number ≥ 1'],
		[['--pages'], '--pages needs a value'],
		[['--fast'], 'unknown option --fast'],
	])('refuses %j', (argv, message) => {
		expect(() => parseArgs(argv)).toThrow(message);
	});

	test.each([
		['', ''],
		['/', '/'],
		['tools/cost', '/tools/cost/'],
		['/404', '/404'],
	])('normalisePath reads %j as %j', (raw, path) => {
		expect(normalisePath(raw)).toBe(path);
	});
});

describe('median', () => {
	test.each([
		[[], undefined],
		[[3], 3],
		[[5, 1, 3], 3],
		[[4, 1, 3, 2], 2.5],
	])('of %j is %j', (values, expected) => {
		expect(median(values)).toBe(expected);
	});
});

describe('report', () => {
	const report = {
		categories: { performance: { score: 0.99 }, accessibility: { score: 1 }, 'best-practices': { score: 1 }, seo: { score: 0.92 } },
		audits: {
			'largest-contentful-paint': { numericValue: 1234 },
			'total-blocking-time': { numericValue: 10.4 },
			'cumulative-layout-shift': { numericValue: 0.0012 },
		},
	};

	test('summarise keeps the four scores and three metrics', () => {
		expect(summarise(report)).toEqual({
			performance: 99,
			accessibility: 100,
			bestPractices: 100,
			seo: 92,
			lcpMs: 1234,
			tbtMs: 10.4,
			cls: 0.0012,
		});
	});

	test('formatTable prints a markdown row per page, with dashes where nothing was measured', () => {
		const table = formatTable([
			{ page: '/', type: 'prose', jsKb: 0.43, cssKb: 1.7, htmlKb: 3.3, totalKb: 5.1, lighthouse: summarise(report) },
			{ page: '/tools/cost/', type: 'tool', jsKb: 14.6, cssKb: 1.7, htmlKb: 10.5, totalKb: 24.8, keystrokeMs: 151.6, keystrokeCpuMs: 9.26 },
			{
				page: '/x/',
				type: 'tool',
				jsKb: 1,
				cssKb: 1,
				htmlKb: 1,
				totalKb: 3,
				lighthouse: { error: 'boom' },
				keystrokeMs: null,
				keystrokeCpuMs: null,
			},
		]);
		expect(table.split('\n')).toEqual([
			'| Page | Type | JS | CSS | HTML | Total | Perf | A11y | BP | SEO | LCP | TBT | CLS | Keystroke | Key CPU |',
			'| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
			'| `/` | prose | 0.4 | 1.7 | 3.3 | 5.1 | 99 | 100 | 100 | 92 | 1.2 s | 10 ms | 0.001 | – | – |',
			'| `/tools/cost/` | tool | 14.6 | 1.7 | 10.5 | 24.8 | – | – | – | – | – | – | – | 152 ms | 9.3 ms |',
			'| `/x/` | tool | 1.0 | 1.0 | 1.0 | 3.0 | error | – | – | – | – | – | – | n/a | n/a |',
		]);
	});
});

describe('keystrokeCpuMs', () => {
	// A trace in microseconds: each key's task (keydown inside), maybe a task between, then the
	// frame's task holding its Commit; other threads and later tasks must not count.
	const task = (ts: number, dur: number, tdur: number, tid = 1) => ({ name: 'RunTask', ph: 'X', tid, ts, dur, tdur });
	const keydown = (ts: number) => ({ name: 'EventDispatch', ph: 'X', tid: 1, ts, dur: 100, args: { data: { type: 'keydown' } } });
	const commit = (ts: number) => ({ name: 'Commit', ph: 'X', tid: 1, ts, dur: 200 });

	test('sums the thread time from the keydown’s task to the frame’s commit, median over keys', () => {
		const events = [
			task(0, 6000, 4000),
			keydown(100),
			task(7000, 1000, 500),
			task(16_000, 3000, 2500),
			commit(18_000),
			task(30_000, 9000, 9000),
			task(100_000, 5000, 3000),
			keydown(100_200),
			task(110_000, 2000, 1000),
			commit(111_000),
			task(200_000, 8000, 6000),
			keydown(200_100),
			task(208_500, 1000, 1000),
			commit(209_000),
			task(0, 50_000, 40_000, 2),
		];
		// Keys: 4 + 0.5 + 2.5 = 7 ms, 3 + 1 = 4 ms, 6 + 1 = 7 ms.
		expect(keystrokeCpuMs(events)).toBe(7);
	});

	test('a key with no frame after it, or a trace with no key, gives no figure', () => {
		expect(keystrokeCpuMs([task(0, 1000, 900), keydown(100)])).toBeUndefined();
		expect(keystrokeCpuMs([task(0, 1000, 900), commit(500)])).toBeUndefined();
	});
});
