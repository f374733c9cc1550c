import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
	durationParts,
	formatDuration,
	formatDurationRange,
	formatExactSeconds,
	formatMinutes,
	formatMinutesSeconds,
	isoDuration,
	marginInSeconds,
	trainingAsShown,
	usedAsShown,
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

	test.each([
		{ ms: 4_105 * S, rounding: 'up', expected: '1 h 9 min' },
		{ ms: 4_105 * S, rounding: 'nearest', expected: '1 h 8 min' },
		{ ms: 7_895 * S, rounding: 'down', expected: '2 h 11 min' },
		{ ms: 7_895 * S, rounding: 'nearest', expected: '2 h 12 min' },
		{ ms: 119 * MIN + 1, rounding: 'up', expected: '2 h' },
		{ ms: 47 * 60 * MIN - 1, rounding: 'down', expected: '1 d 22 h' },
	] as const)('from an hour on, rounds $ms ms $rounding: "$expected"', ({ ms, rounding, expected }) => {
		expect(formatDuration(ms, en, 'en', rounding)).toBe(expected);
	});

	test('a figure rounded up or down and its longer form rounded the same way agree, under an hour and over', () => {
		const seconds = (text: string) =>
			[...text.matchAll(/([\d.]+) (h|min|s)/g)].reduce((sum, [, n, u]) => sum + Number(n) * { h: 3600, min: 60, s: 1 }[u as 'h'], 0);
		const edges = fc.constantFrom(44 * MIN + 59_600, 59 * MIN + 59_600, 59 * MIN + 400, 60 * MIN, 68 * MIN + 25 * S);
		fc.assert(
			fc.property(
				fc.oneof(edges, fc.integer({ min: MIN, max: 1_439 * MIN - 1 })),
				fc.constantFrom('up' as const, 'down' as const),
				(ms, rounding) => {
					const minutes = Number(formatMinutes(ms, en, 'en', rounding).replace(/\D/g, ''));
					const longer = formatDuration(ms, en, 'en', rounding);
					// Exactly 1,440 minutes reads as a day.
					fc.pre(minutes < 1_440);
					expect(longer, 'never a zero part').not.toMatch(/^0 /);
					expect(Math[rounding === 'up' ? 'ceil' : 'floor'](seconds(longer) / 60), `${longer} against ${minutes} min`).toBe(minutes);
				},
			),
		);
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
		// The cases a reviewer found: 61 s of training after a 60 min agenda, in a 61 min session.
		{ used: 61 * MIN + 1 * S, session: 61 * MIN, text: '61 min 1 s' },
		{ used: 61 * MIN + 0.5 * S, session: 61 * MIN, text: '61 min 0.5 s' },
		{ used: 60 * MIN + 59 * S, session: 61 * MIN, text: '60 min 59 s' },
		// Over by 0.04 s, shown as 0.1 s: time used is shown 0.1 s over the session too.
		{ used: 60 * MIN + 40, session: 60 * MIN, text: '60 min 0.1 s' },
		{ used: 119.5 * MIN, session: 120 * MIN, text: '119 min 30 s' },
		{ used: 120 * MIN, session: 120 * MIN, text: '120 min' },
	])('with a margin under a minute, $used ms used of $session ms reads $text', ({ used, session, text }) => {
		expect(marginInSeconds(used, session)).toBe(true);
		expect(formatMinutesSeconds(usedAsShown(used, session), en, 'en')).toBe(text);
	});

	test('with a margin under a minute, used as shown and the margin as shown add up to the session, to the tenth', () => {
		fc.assert(
			fc.property(fc.integer({ min: 1, max: 1_440 }), fc.integer({ min: -59_999, max: 59_999 }), (session, offset) => {
				const sessionMs = session * MIN;
				const usedMs = sessionMs + offset;
				fc.pre(usedMs > 0 && marginInSeconds(usedMs, sessionMs));
				const tenths = (text: string) => {
					const [, m = '0', s = '0'] = /^(?:([\d,]+) min)? ?(?:([\d.]+) s)?$/.exec(text) ?? [];
					return Number(m.replace(/,/g, '')) * 600 + Math.round(Number(s) * 10);
				};
				const used = tenths(formatMinutesSeconds(usedAsShown(usedMs, sessionMs), en, 'en'));
				const margin = tenths(formatMinutes(Math.abs(sessionMs - usedMs), en, 'en', usedMs <= sessionMs ? 'down' : 'up'));
				expect(usedMs <= sessionMs ? used + margin : used - margin).toBe(session * 600);
			}),
		);
	});

	test('training as shown is time used as shown less the agenda: 1 min 1 s + 60 min = 61 min 1 s', () => {
		const used = 61 * MIN + 1 * S;
		expect(formatMinutesSeconds(trainingAsShown(61 * S, used, 61 * MIN), en, 'en')).toBe('1 min 1 s');
		expect(trainingAsShown(61 * S, used, 61 * MIN) + 60 * MIN).toBe(usedAsShown(used, 61 * MIN));
	});

	test('a margin of a minute or more keeps whole minutes', () => {
		expect(marginInSeconds(72.5 * MIN, 120 * MIN)).toBe(false);
		expect(marginInSeconds(61.5 * MIN, 60 * MIN)).toBe(false);
		expect(formatMinutesSeconds(59 * S, en, 'en')).toBe('59 s');
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
