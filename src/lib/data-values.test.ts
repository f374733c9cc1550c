/**
 * Numbers written once: placeholders in platform texts are filled from the structured values,
 * and no text in `content/platforms/*.json` repeats one of its record's values as a literal.
 */
import { describe, expect, test } from 'vitest';
import { fillRecordValues, fillValues, numbersIn, repeatedNumbers, type ValueFormat } from './data-values';
import { platform, type Platform } from './platform-schema';
import en from '../i18n/en/format';
import zh from '../i18n/zh-cn/format';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });
const records = Object.entries(modules).map(([path, data]) => ({
	file: path.slice(path.lastIndexOf('/') + 1),
	// The schema is checked in platform-data.test.ts; this file only needs the record's shape.
	record: (platform.safeParse(data).data ?? data) as Platform,
}));

const EN: ValueFormat = { ...en, tag: 'en' };
const ZH: ValueFormat = { ...zh, tag: 'zh-CN' };

const src = { source: 'https://example.org/limits', asOf: '2026-11' };
const limit = (value: number | null, unit: 'minutes' | 'hours' | 'GB') => ({ value, unit, ...src });
/** A small record with two tiers whose values differ, so a test can tell which tier was read. */
function sample(): Platform {
	const tier = (id: string, kind: 'free' | 'paid', price: number, session: number | null) => ({
		id,
		name: { en: id },
		kind,
		era: 'current' as const,
		pricePerUserMonthUsd: { value: price, ...src },
		payer: { value: 'nobody' as const, ...src },
		allows: { en: 'Sessions of up to {{maxSession}}.', 'zh-cn': '会话最长 {{maxSession}}。' },
		capabilities: {} as Platform['tiers'][number]['capabilities'],
		limits: {
			idleTimeout: limit(30, 'minutes'),
			maxSession: limit(session, 'hours'),
			ram: limit(12.7, 'GB'),
			gpuHours: limit(null, 'hours') as never,
		},
	});
	return {
		id: 'kaggle',
		name: 'Sample',
		order: 1,
		homepage: 'https://example.org/',
		summary: { en: 'Free sessions of {{maxSession}}; Pro costs {{pro.price}} and runs {{trainingFactor}} slower.' },
		tiers: [tier('free', 'free', 0, 9), tier('pro', 'paid', 9.99, null)],
		trainingFactor: { value: 5, ...src },
		bring: [],
		dayBefore: [],
	};
}

describe('fillValues', () => {
	test.each([
		{ text: 'up to {{maxSession}}', format: EN, want: 'up to 9 h' },
		{ text: '最长 {{maxSession}}', format: ZH, want: '最长 9 小时' },
		{ text: '{{ram}} RAM', format: EN, want: '12.7 GB RAM' },
		{ text: '{{pro.price}} a month', format: EN, want: '$9.99 a month' },
		{ text: '{{pro.maxSession}}', format: EN, want: 'not published' },
		{ text: '{{trainingFactor}} slower', format: ZH, want: '5 倍 slower' },
		{ text: 'no placeholder, {folder} kept', format: EN, want: 'no placeholder, {folder} kept' },
	])('writes "$text" as "$want"', ({ text, format, want }) => {
		expect(fillValues(text, sample(), undefined, format)).toBe(want);
	});

	test.each(['{{disk}}', '{{team.price}}', '{{}}'])('refuses %s, naming the record', (text) => {
		expect(() => fillValues(text, sample(), undefined, EN)).toThrow(/kaggle/);
	});
});

describe('fillRecordValues', () => {
	test('fills each locale with its own format and each tier with its own values', () => {
		const filled = fillRecordValues(sample(), { en: EN, 'zh-cn': ZH });
		expect(filled.summary.en).toBe('Free sessions of 9 h; Pro costs $9.99 and runs 5× slower.');
		expect(filled.tiers[0]!.allows).toEqual({ en: 'Sessions of up to 9 h.', 'zh-cn': '会话最长 9 小时。' });
		expect(filled.tiers[1]!.allows.en).toBe('Sessions of up to not published.');
	});

	test('follows a changed value', () => {
		const record = sample();
		record.tiers[0]!.limits.maxSession.value = 12;
		expect(fillRecordValues(record, { en: EN }).tiers[0]!.allows.en).toBe('Sessions of up to 12 h.');
	});
});

describe('numbersIn', () => {
	test.each([
		{ text: 'up to 9 hours and 20 GB', want: [9, 20] },
		{ text: '1–2 GB, 12.7 GB, $9.99', want: [1, 2, 12.7, 9.99] },
		{ text: '1,889,663 rows', want: [1889663] },
		{ text: 'TensorFlow 2.20.0 on a T4 or H100', want: [] },
		{ text: 'run `sleep 30` then {{maxSession}}', want: [] },
		{ text: '每周 30 小时，2020 年', want: [30, 2020] },
	])('reads $want from "$text"', ({ text, want }) => {
		expect(numbersIn(text)).toEqual(want);
	});
});

describe('repeatedNumbers', () => {
	test('reports a literal equal to a structured value, with the placeholder to use', () => {
		const record = sample();
		record.summary = { en: 'Sessions of 9 hours.', 'zh-cn': '会话 9 小时。' };
		expect(repeatedNumbers(record)).toEqual([
			'summary (en) writes 9, the value of free.maxSession: use {{free.maxSession}}',
			'summary (zh-cn) writes 9, the value of free.maxSession: use {{free.maxSession}}',
		]);
	});

	test('accepts placeholders and unrelated numbers', () => {
		expect(repeatedNumbers(sample())).toEqual([]);
	});

	test.each(records)('$file writes no structured value as a literal number', ({ file, record }) => {
		expect(repeatedNumbers(record), `content/platforms/${file}`).toEqual([]);
	});

	test.each(records)('$file fills every placeholder', ({ record }) => {
		expect(() => fillRecordValues(record, { en: EN, 'zh-cn': ZH })).not.toThrow();
	});
});
