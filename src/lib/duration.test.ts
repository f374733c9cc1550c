import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	durationParts,
	formatDuration,
	formatDurationRange,
	formatExactSeconds,
	formatMinutes,
	usedRounding,
	isoDuration,
	type DurationUnits,
} from './duration';

const en: DurationUnits = { days: '{n} d', hours: '{n} h', minutes: '{n} min', seconds: '{n} s' };
const zh: DurationUnits = { days: '{n} 天', hours: '{n} 小时', minutes: '{n} 分钟', seconds: '{n} 秒' };
const S = 1000;
const MIN = 60 * S;

describe('formatDuration', () => {
	test.each([
		{ ms: 0, expected: '0 s' },
		{ ms: 45 * S, expected: '45 s' },
		{ ms: 12.5 * S, expected: '12.5 s' },
		{ ms: 12_540, expected: '12.5 s' },
		{ ms: 59_960, expected: '1 min' },
		{ ms: 6 * MIN, expected: '6 min' },
		{ ms: 6 * MIN + 5 * S, expected: '6 min 5 s' },
		{ ms: 90 * MIN, expected: '1 h 30 min' },
		{ ms: 60 * MIN - 400, expected: '1 h' },
		{ ms: 150 * MIN, expected: '2 h 30 min' },
		{ ms: 24 * 60 * MIN, expected: '1 d' },
		{ ms: 27 * 60 * MIN, expected: '1 d 3 h' },
		{ ms: 1_000_000 * 60 * MIN, expected: '41,666 d 16 h' },
		{ ms: -5 * S, expected: '0 s' },
		{ ms: Number.NaN, expected: '0 s' },
	])('formats $ms ms as "$expected"', ({ ms, expected }) => {
		expect(formatDuration(ms, en, 'en')).toBe(expected);
	});

	test('joins parts with one space, numbers spaced from Chinese units', () => {
		expect(formatDuration(90 * MIN, zh, 'zh-CN')).toBe('1 小时 30 分钟');
	});
});

describe('formatDurationRange', () => {
	test.each([
		{ min: 12 * S, max: 13 * S, units: en, tag: 'en', expected: '12–13 s' },
		{ min: 12 * S, max: 13 * S, units: zh, tag: 'zh-CN', expected: '12–13 秒' },
		{ min: 12 * MIN, max: 13 * MIN, units: en, tag: 'en', expected: '12–13 min' },
		{ min: 50 * S, max: 70 * S, units: en, tag: 'en', expected: '50 s–1 min 10 s' },
		{ min: 6 * MIN, max: 6 * MIN + 30 * S, units: en, tag: 'en', expected: '6 min–6 min 30 s' },
	])('writes $min–$max ms as "$expected"', ({ min, max, units, tag, expected }) => {
		expect(formatDurationRange(min, max, units, tag, '{min}–{max}')).toBe(expected);
	});
});

describe('formatMinutes', () => {
	test.each([
		{ ms: 18 * MIN, expected: '18 min' },
		{ ms: 78 * MIN, expected: '78 min' },
		{ ms: 1_440 * MIN, expected: '1,440 min' },
		{ ms: 12.5 * S, expected: '12.5 s' },
		{ ms: 90 * S, expected: '2 min' },
		{ ms: 0, expected: '0 s' },
	])('formats $ms ms as "$expected"', ({ ms, expected }) => {
		expect(formatMinutes(ms, en, 'en')).toBe(expected);
	});

	test.each([
		{ ms: 72.5 * MIN, up: '73 min', down: '72 min' },
		{ ms: 72 * MIN, up: '72 min', down: '72 min' },
		{ ms: 72 * MIN + 1, up: '73 min', down: '72 min' },
		{ ms: 40, up: '0.1 s', down: '0 s' },
		{ ms: 59_950, up: '1 min', down: '59.9 s' },
	])('rounds $ms ms up to "$up" and down to "$down"', ({ ms, up, down }) => {
		expect(formatMinutes(ms, en, 'en', 'up')).toBe(up);
		expect(formatMinutes(ms, en, 'en', 'down')).toBe(down);
	});

	test.each([
		// 119.5 min used of 120: "119 min used, 30 s left", not "120 min used".
		{ used: 119.5 * MIN, session: 120 * MIN, text: '119 min' },
		// 60 min 0.04 s used of 60: "60 min used, over by 0.1 s", not "61 min used".
		{ used: 60 * MIN + 40, session: 60 * MIN, text: '60 min' },
		{ used: 72.5 * MIN, session: 120 * MIN, text: '73 min' },
		{ used: 61.5 * MIN, session: 60 * MIN, text: '62 min' },
	])('time used $used ms of a $session ms session reads $text', ({ used, session, text }) => {
		expect(formatMinutes(used, en, 'en', usedRounding(used, session))).toBe(text);
	});

	test('time used rounded up and time left rounded down show the session they add up to', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_440 }), fc.integer({ min: 0, max: 1_440 * MIN }), (session, usedMs) => {
				// Both a minute or more: under a minute a figure is in seconds.
				fc.pre(usedMs >= MIN && session * MIN - usedMs >= MIN);
				const used = Number.parseFloat(formatMinutes(usedMs, en, 'en', 'up').replace(/,/g, ''));
				const left = Number.parseFloat(formatMinutes(session * MIN - usedMs, en, 'en', 'down').replace(/,/g, ''));
				expect(used + left).toBe(session);
			}),
		);
	});
});

describe('exact seconds', () => {
	test.each([
		{ ms: 4_680_000, text: '4,680 s', iso: 'PT4680S' },
		{ ms: 12_500, text: '12.5 s', iso: 'PT12.5S' },
		{ ms: 1, text: '0.001 s', iso: 'PT0.001S' },
		{ ms: -1, text: '0 s', iso: 'PT0S' },
	])('gives $ms ms as "$text" and $iso', ({ ms, text, iso }) => {
		expect(formatExactSeconds(ms, en, 'en')).toBe(text);
		expect(isoDuration(ms)).toBe(iso);
	});
});

describe('durationParts', () => {
	test('never yields a negative, fractional-minute or non-finite part', () => {
		fc.assert(
			fc.property(fc.double({ noNaN: false }), (ms) => {
				for (const part of durationParts(ms)) {
					expect(Number.isFinite(part.n)).toBe(true);
					expect(part.n).toBeGreaterThanOrEqual(0);
					if (part.unit !== 'seconds') expect(Number.isInteger(part.n)).toBe(true);
				}
			}),
		);
	});
});
