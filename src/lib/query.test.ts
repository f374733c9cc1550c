import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { fillLimits, parseChoice, parseNumber, readParam, reasonClause, reasonText, type ParamNotice } from './query';

const attendees = { min: 1, max: 10_000, integer: true };
const price = { min: 0, max: 100_000, maxDecimals: 2 };

describe('parseNumber', () => {
	test.each([
		{ raw: '25', spec: attendees, expected: { ok: true, value: 25 } },
		{ raw: ' 30 ', spec: attendees, expected: { ok: true, value: 30 } },
		{ raw: '10000', spec: attendees, expected: { ok: true, value: 10_000 } },
		{ raw: '10001', spec: attendees, expected: { ok: false, reason: 'too-large', limits: { min: 1, max: 10_000 } } },
		{ raw: '0', spec: attendees, expected: { ok: false, reason: 'too-small', limits: { min: 1, max: 10_000 } } },
		{ raw: '-5', spec: attendees, expected: { ok: false, reason: 'too-small', limits: { min: 1, max: 10_000 } } },
		{ raw: '2.5', spec: attendees, expected: { ok: false, reason: 'not-whole' } },
		{ raw: '3.0', spec: attendees, expected: { ok: true, value: 3 } },
		// A whole-number field asks for a whole number; one that takes decimals for a plain number.
		{ raw: 'abc', spec: attendees, expected: { ok: false, reason: 'not-whole' } },
		{ raw: 'NaN', spec: attendees, expected: { ok: false, reason: 'not-whole' } },
		{ raw: 'abc', spec: price, expected: { ok: false, reason: 'not-a-number' } },
		{ raw: 'Infinity', spec: price, expected: { ok: false, reason: 'not-a-number' } },
		{ raw: '1e999', spec: price, expected: { ok: false, reason: 'not-a-number' } },
		{ raw: '0x10', spec: attendees, expected: { ok: false, reason: 'not-whole' } },
		{ raw: '', spec: attendees, expected: { ok: false, reason: 'empty' } },
		{ raw: '9'.repeat(400), spec: attendees, expected: { ok: false, reason: 'too-large', limits: { min: 1, max: 10_000 } } },
		// Leading zeros do not count toward the length: a long zero-padded 30 is 30.
		{ raw: `${'0'.repeat(33)}30`, spec: attendees, expected: { ok: true, value: 30 } },
		{ raw: '14', spec: price, expected: { ok: true, value: 14 } },
		{ raw: '9.99', spec: price, expected: { ok: true, value: 9.99 } },
		{ raw: '.5', spec: price, expected: { ok: true, value: 0.5 } },
		{ raw: '9.999', spec: price, expected: { ok: false, reason: 'too-precise', limits: { min: 0, max: 100_000, decimals: 2 } } },
		{ raw: '9.990', spec: price, expected: { ok: false, reason: 'too-precise', limits: { min: 0, max: 100_000, decimals: 2 } } },
		{ raw: '0', spec: price, expected: { ok: true, value: 0 } },
		{ raw: '9.90', spec: price, expected: { ok: true, value: 9.9 } },
		// A thousand where a dot groups thousands: refused, not read as 1 (or 25).
		{ raw: '1.000', spec: attendees, expected: { ok: false, reason: 'grouped' } },
		{ raw: '25.000', spec: price, expected: { ok: false, reason: 'grouped' } },
		{ raw: '3.00', spec: attendees, expected: { ok: true, value: 3 } },
		{ raw: '3.0000', spec: attendees, expected: { ok: true, value: 3 } },
		// No thousands group can be meant: zeros after 0, after a leading 0 or after four digits add nothing.
		{ raw: '0.000', spec: price, expected: { ok: true, value: 0 } },
		{ raw: '01.000', spec: attendees, expected: { ok: true, value: 1 } },
		{ raw: '1000.000', spec: attendees, expected: { ok: true, value: 1000 } },
		// Where three decimals are a value's own precision, `1.000` is 1.
		{ raw: '1.000', spec: { min: 0.01, max: 100, maxDecimals: 3 }, expected: { ok: true, value: 1 } },
	] as const)('parses "$raw" as $expected', ({ raw, spec, expected }) => {
		expect(parseNumber(raw, spec)).toEqual(expected);
	});

	test('never throws and only returns finite values within the range', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (raw) => {
				const result = parseNumber(raw, attendees);
				if (result.ok) {
					expect(Number.isInteger(result.value)).toBe(true);
					expect(result.value).toBeGreaterThanOrEqual(1);
					expect(result.value).toBeLessThanOrEqual(10_000);
				}
			}),
		);
	});
});

describe('readParam', () => {
	const parse = (raw: string) => parseNumber(raw, attendees);

	test.each([
		{ query: '', value: undefined, notice: undefined },
		{ query: 'attendees=30', value: 30, notice: undefined },
		{ query: 'attendees=', value: undefined, notice: 'empty' },
		{ query: 'attendees=1&attendees=2', value: undefined, notice: 'repeated' },
		{ query: 'attendees=%3Cscript%3E', value: undefined, notice: 'not-whole' },
	])('reads "$query" as $value with notice $notice', ({ query, value, notice }) => {
		const notices: ParamNotice[] = [];
		expect(readParam(new URLSearchParams(query), 'attendees', parse, notices)).toBe(value);
		expect(notices[0]?.reason).toBe(notice);
	});

	test('a number out of range carries the range, so its notice can name it', () => {
		const notices: ParamNotice[] = [];
		readParam(new URLSearchParams('attendees=20000'), 'attendees', parse, notices);
		expect(notices[0]).toMatchObject({ reason: 'too-large', limits: { min: 1, max: 10_000 } });
		readParam(new URLSearchParams('attendees=x'), 'attendees', parse, notices);
		expect(notices[1]?.limits).toBeUndefined();
	});

	test('never throws on any query string and returns a value or a notice', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 500 }), (query) => {
				const notices: ParamNotice[] = [];
				const params = new URLSearchParams(query);
				const value = readParam(params, 'attendees', parse, notices);
				const present = params.getAll('attendees').length > 0;
				expect(value !== undefined || notices.length > 0 || !present).toBe(true);
			}),
		);
	});
});

describe('parseChoice', () => {
	const platform = parseChoice(['colab', 'cocalc'] as const);
	test.each([
		{ raw: 'colab', expected: { ok: true, value: 'colab' } },
		{ raw: 'COLAB', expected: { ok: false, reason: 'unknown' } },
		{ raw: '', expected: { ok: false, reason: 'empty' } },
		{ raw: 'toString', expected: { ok: false, reason: 'unknown' } },
	] as const)('parses "$raw" as $expected', ({ raw, expected }) => {
		expect(platform(raw)).toEqual(expected);
	});
});

describe('fillLimits', () => {
	test('writes the range in the reader’s number format', () => {
		expect(fillLimits('Between {min} and {max}.', { min: 1, max: 10000 }, 'en')).toBe('Between 1 and 10,000.');
		expect(fillLimits('最多 {max}。', { min: 0, max: 1440 }, 'zh-CN')).toBe('最多 1,440。');
	});

	test('writes the decimals a value takes, from a refusal or from a spec', () => {
		expect(fillLimits('{decimals} at most.', { min: 0, max: 1, decimals: 2 }, 'en')).toBe('2 at most.');
		expect(fillLimits('{decimals} at most.', { min: 0, max: 1, maxDecimals: 3 }, 'en')).toBe('3 at most.');
	});
});

describe('reasonText', () => {
	const messages = {
		'too-large': 'Must be at most {max}.',
		'too-large-plain': 'Too long.',
		'too-small': 'Must be at least {min}.',
		empty: 'Enter a value.',
	};

	test('names the range when the refusal has one', () => {
		expect(reasonText(messages, { reason: 'too-large', limits: { min: 1, max: 1440 } }, 'en')).toBe('Must be at most 1,440.');
	});

	test('uses the plain wording for a size with no number; other messages pass as they are', () => {
		expect(reasonText(messages, { reason: 'too-large' }, 'en')).toBe('Too long.');
		expect(reasonText(messages, { reason: 'empty' }, 'en')).toBe('Enter a value.');
		expect(reasonText(messages, { reason: 'too-small' }, 'en'), 'no bare placeholder').not.toContain('{');
	});
});

test('a reason inside a notice’s brackets drops its own full stop, in either language', () => {
	expect(reasonClause({ 'too-large': 'Must be at most {max}.' }, { reason: 'too-large', limits: { min: 1, max: 24 } }, 'en')).toBe(
		'Must be at most 24',
	);
	expect(reasonClause({ unknown: '不是可接受的取值之一。' }, { reason: 'unknown' }, 'zh-CN')).toBe('不是可接受的取值之一');
	expect(reasonClause({ x: 'No stop' }, { reason: 'x' }, 'en')).toBe('No stop');
});
