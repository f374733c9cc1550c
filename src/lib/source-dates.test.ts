import { describe, expect, test } from 'vitest';
import { ageInMonths, dateRange, datedValues, isStale, oldestFirst, sourcesReport } from './source-dates';

const NOW = new Date('2026-11-30T09:00:00Z');
const record = {
	id: 'sample',
	trainingFactor: { value: 1, source: 'https://example.org/a', asOf: '2026-03' },
	tiers: [
		{ id: 'free', limits: { ram: { value: 2, source: 'https://example.org/b', asOf: '2020-06' } } },
		{ id: 'pro', price: { value: 9, source: 'https://example.org/c', asOf: '2025-11-29' } },
	],
};

describe('ageInMonths and isStale', () => {
	test.each([
		{ asOf: '2026-11', months: 0, stale: false },
		{ asOf: '2025-11-30', months: 12, stale: false },
		{ asOf: '2025-11-29', months: 12, stale: false },
		{ asOf: '2025-10', months: 13, stale: true },
		{ asOf: '2020-06', months: 77, stale: true },
	])('$asOf is $months months old, stale: $stale', ({ asOf, months, stale }) => {
		expect(ageInMonths(asOf, NOW)).toBe(months);
		expect(isStale(asOf, NOW)).toBe(stale);
	});

	test('a day not yet reached this month does not count a full month', () => {
		expect(ageInMonths('2025-12-31', new Date('2026-01-30T00:00:00Z'))).toBe(0);
	});
});

describe('datedValues', () => {
	test('finds every dated value and names tiers by id', () => {
		expect(datedValues(record).map((v) => `${v.path}@${v.asOf}`)).toEqual([
			'trainingFactor@2026-03',
			'tiers.free.limits.ram@2020-06',
			'tiers.pro.price@2025-11-29',
		]);
	});

	test('sorts oldest first, a month before its own days', () => {
		const dates = oldestFirst([...datedValues(record), { platform: 'x', path: 'p', asOf: '2026-03-15', source: '' }]).map((v) => v.asOf);
		expect(dates).toEqual(['2020-06', '2025-11-29', '2026-03', '2026-03-15']);
	});

	test('gives the range of dates a record was read', () => {
		expect(dateRange(record)).toEqual({ from: '2020-06', to: '2026-03' });
		expect(dateRange({ id: 'empty' })).toBeUndefined();
	});
});

describe('sourcesReport', () => {
	test('marks values past the limit and counts them, oldest first', () => {
		const lines = sourcesReport([record], NOW);
		expect(lines[0]).toMatch(/^OLD {2}2020-06 +sample {2}tiers\.free\.limits\.ram {2}https:\/\/example\.org\/b$/);
		expect(lines[1]).toMatch(/^ {5}2025-11-29/);
		expect(lines.at(-1)).toBe('3 values, 1 read more than 12 months before 2026-11-30.');
	});

	test('follows a shorter limit', () => {
		expect(sourcesReport([record], NOW, 9).at(-1)).toBe('3 values, 2 read more than 9 months before 2026-11-30.');
	});
});
