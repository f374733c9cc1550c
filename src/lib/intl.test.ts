import { describe, expect, it, test } from 'vitest';
import { dateTimeFormat, formatMonth, listFormat, numberFormat, pluralForm, pluralRules } from './intl';

test('a formatter is built once per locale and options, then reused', () => {
	expect(numberFormat('en', { maximumFractionDigits: 1 })).toBe(numberFormat('en', { maximumFractionDigits: 1 }));
	expect(numberFormat('en', { maximumFractionDigits: 1 })).not.toBe(numberFormat('en', { maximumFractionDigits: 2 }));
	expect(numberFormat('en')).not.toBe(numberFormat('zh-CN'));
	expect(listFormat('en', { type: 'conjunction' })).toBe(listFormat('en', { type: 'conjunction' }));
	expect(dateTimeFormat('en', { timeZone: 'UTC' })).not.toBe(numberFormat('en', { timeZone: 'UTC' } as never));
	expect(pluralRules('en')).toBe(pluralRules('en'));
});

test('a cached formatter formats as a new one would', () => {
	expect(numberFormat('zh-CN', { maximumFractionDigits: 2 }).format(1234.567)).toBe(
		new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 }).format(1234.567),
	);
	expect(listFormat('en', { style: 'long', type: 'conjunction' }).format(['a', 'b', 'c'])).toBe('a, b, and c');
	expect(pluralRules('en').select(1)).toBe('one');
});

test('a count takes its locale’s form: one and other in English, one form in Chinese', () => {
	const forms = { one: '{n} epoch', other: '{n} epochs' };
	expect([0, 1, 2, 1.5].map((n) => pluralForm('en', n, forms))).toEqual(['{n} epochs', '{n} epoch', '{n} epochs', '{n} epochs']);
	expect(pluralForm('zh-CN', 1, { one: 'a', other: 'b' })).toBe('b');
});

describe('formatMonth', () => {
	it.each([
		['2020-06', 'en', 'June 2020'],
		['2020-06', 'zh-CN', '2020 年 6 月'],
		['2026-01', 'en', 'January 2026'],
	])('%s in %s: %s', (asOf, tag, want) => {
		expect(formatMonth(asOf, tag)).toBe(want);
	});
});
