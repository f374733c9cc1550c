import { describe, expect, test } from 'vitest';
import { dollarsToCents, formatLimitValue, formatList, formatUsdCents } from './format';
import { formatDate } from './intl';
import en from '../i18n/en/format';

describe('dollarsToCents', () => {
	test.each([
		{ dollars: 9.99, cents: 999 },
		{ dollars: 14, cents: 1400 },
		{ dollars: 0.1 + 0.2, cents: 30 },
		{ dollars: 49.99, cents: 4999 },
		{ dollars: 0, cents: 0 },
		{ dollars: 1.005, cents: 101 },
	])('turns $dollars dollars into $cents cents', ({ dollars, cents }) => {
		expect(dollarsToCents(dollars)).toBe(cents);
	});
});

describe('formatUsdCents', () => {
	test.each([
		{ cents: 42000, tag: 'en', expected: '$420.00' },
		{ cents: 5, tag: 'en', expected: '$0.05' },
		{ cents: 123456789, tag: 'en', expected: '$1,234,567.89' },
	])('formats $cents cents as $expected in $tag', ({ cents, tag, expected }) => {
		expect(formatUsdCents(cents, tag)).toBe(expected);
	});

	test('names the US dollar for a zh-CN reader', () => {
		expect(formatUsdCents(42000, 'zh-CN')).toMatch(/US\$\s?420\.00/);
	});
});

describe('formatLimitValue', () => {
	test.each([
		{ value: 30, unit: 'minutes', expected: '30 min' },
		{ value: 12.7, unit: 'GB', expected: '12.7 GB' },
		{ value: 30, unit: 'hours/week', expected: '30 h/week' },
		{ value: null, unit: 'hours', expected: 'not published' },
	] as const)('formats $value $unit as "$expected"', ({ value, unit, expected }) => {
		expect(formatLimitValue({ value, unit }, en, 'en')).toBe(expected);
	});
});

describe('formatList', () => {
	test.each([
		{ items: ['Colab'], tag: 'en', expected: 'Colab' },
		{ items: ['Colab', 'Kaggle'], tag: 'en', expected: 'Colab and Kaggle' },
		{ items: ['Colab', 'Kaggle', 'Binder'], tag: 'en', expected: 'Colab, Kaggle, and Binder' },
		{ items: ['Colab', 'Kaggle'], tag: 'zh-CN', expected: 'Colab 和 Kaggle' },
		{ items: ['Colab', 'Kaggle', 'Binder'], tag: 'zh-CN', expected: 'Colab、Kaggle 和 Binder' },
	])('joins $items as "$expected" in $tag', ({ items, tag, expected }) => {
		expect(formatList(items, tag)).toBe(expected);
	});
});

describe('formatDate', () => {
	test.each([
		{ tag: 'en', options: { dateStyle: 'long' }, expected: 'November 26, 2026' },
		{ tag: 'zh-CN', options: { dateStyle: 'long' }, expected: '2026 年 11 月 26 日' },
		{ tag: 'zh-CN', options: { month: 'long', year: 'numeric' }, expected: '2026 年 11 月' },
		{ tag: 'en', options: { month: 'long', year: 'numeric' }, expected: 'November 2026' },
	] as const)('$tag $options: "$expected" (Han and digits spaced, as the site writes dates)', ({ tag, options, expected }) => {
		expect(formatDate(Date.UTC(2026, 10, 26), tag, options)).toBe(expected);
	});

	test('a date is the calendar date in UTC, whatever the zone', () => {
		expect(formatDate(Date.UTC(2026, 0, 1), 'en', { dateStyle: 'short' })).toBe('1/1/26');
	});
});
