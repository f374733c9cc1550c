/**
 * Numbers written once: placeholders in platform texts are filled from the structured values,
 * and no text in `content/platforms/*.json` repeats one of its record's values as a literal.
 */
import { describe, expect, test } from 'vitest';
import {
	TIMING_FIELDS,
	factOf,
	fillRecordRefs,
	fillRecordValues,
	fillValues,
	formatTiming,
	formatValue,
	numbersIn,
	ratiosIn,
	repeatedNumbers,
	scaleTiming,
	timingNumbers,
	type ValueFormat,
} from './data-values';
import { TIMING_KEYS, platform, type Platform, type Timing } from './platform-schema';
import { WORKSHOP_2020_PLAN, totalEpochs } from './time-plan';
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
		timings: {
			mnist: { epochs: 5, value: 3, unit: 'factor', qualifier: 'more than', ...src },
			mnistFunctional: { epochs: 5, value: 732, unit: 'seconds', ...src },
			streetcar: { epochs: 50, value: 30, unit: 'minutes', qualifier: 'at least', ...src },
			streetcarEpoch: { epochs: 1, value: { min: 14, max: 16 }, unit: 'seconds', qualifier: 'about', ...src },
		},
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
		{ text: '{{timings.mnist}} as long', format: EN, want: 'more than 3× as long' },
		{ text: '耗时是 Colab 的 {{timings.mnist}}', format: ZH, want: '耗时是 Colab 的 3 倍以上' },
		{ text: 'took {{timings.streetcar}}', format: EN, want: 'took 30 min or more' },
		{ text: '用时{{timings.streetcar}}', format: ZH, want: '用时至少 30 分钟' },
		{ text: '{{timings.streetcarEpoch}} per epoch', format: EN, want: 'about 14–16 s per epoch' },
		{ text: '每轮{{timings.streetcarEpoch}}', format: ZH, want: '每轮约 14–16 秒' },
		{ text: '{{timings.mnistFunctional}}', format: EN, want: '12 min 12 s' },
		{ text: '{{timings.mnistFunctional}}', format: ZH, want: '12 分钟 12 秒' },
	])('writes "$text" as "$want"', ({ text, format, want }) => {
		expect(fillValues(text, sample(), undefined, format)).toBe(want);
	});

	test.each(['{{disk}}', '{{team.price}}', '{{}}', '{{timings.resnet}}'])('refuses %s, naming the record', (text) => {
		expect(() => fillValues(text, sample(), undefined, EN)).toThrow(/kaggle/);
	});

	test('refuses a timing the record does not have, listing the ones it has', () => {
		const record = sample();
		delete record.timings!.mnist;
		expect(() => fillValues('{{timings.mnist}}', record, undefined, EN)).toThrow(
			'kaggle: no timings.mnist; its timings are: timings.mnistFunctional, timings.streetcar, timings.streetcarEpoch.',
		);
	});

	test('names one field per timing key', () => {
		expect(TIMING_FIELDS).toEqual(TIMING_KEYS.map((k) => `timings.${k}`));
	});
});

describe('fillRecordRefs', () => {
	const other = { ...sample(), id: 'colab', trainingFactor: { value: 1, ...src } } as Platform;
	test.each([
		{ text: 'took {{kaggle:timings.streetcar}} there', format: EN, want: 'took 30 min or more there' },
		{ text: '用时{{kaggle:timings.streetcar}}', format: ZH, want: '用时至少 30 分钟' },
		{ text: '{{colab:trainingFactor}} vs {{kaggle:trainingFactor}}', format: EN, want: '1× vs 5×' },
		{ text: 'free: {{kaggle:maxSession}}, pro: {{kaggle:pro.price}}', format: EN, want: 'free: 9 h, pro: $9.99' },
		{
			text: 'a record’s own {{maxSession}} and a {session} are left alone',
			format: EN,
			want: 'a record’s own {{maxSession}} and a {session} are left alone',
		},
	])('writes "$text" as "$want"', ({ text, format, want }) => {
		expect(fillRecordRefs(text, [other, sample()], format)).toBe(want);
	});

	test('refuses a record that is not there, or a field the record lacks', () => {
		expect(() => fillRecordRefs('{{binder:trainingFactor}}', [sample()], EN)).toThrow(
			'{{binder:trainingFactor}}: there is no platform record "binder"',
		);
		expect(() => fillRecordRefs('{{kaggle:timings.resnet}}', [sample()], EN)).toThrow(/kaggle/);
	});

	test('every value the dictionaries cite exists in the data, in every locale', async () => {
		const dictionaries = import.meta.glob<Record<string, unknown>>('../i18n/*/*.ts', { eager: true, import: 'default' });
		const all = records.map((r) => r.record);
		let cited = 0;
		for (const [path, dict] of Object.entries(dictionaries)) {
			const format = path.includes('/zh-cn/') ? ZH : EN;
			for (const text of Object.values(dict ?? {})) {
				if (typeof text !== 'string' || !text.includes('{{')) continue;
				cited += 1;
				expect(fillRecordRefs(text, all, format), `${path}: ${text}`).not.toMatch(/\{\{/);
			}
		}
		expect(cited, 'the time dictionaries cite the article’s timings').toBeGreaterThanOrEqual(6);
	});
});

describe('timings', () => {
	const about6min: Timing = { epochs: 50, value: 6, unit: 'minutes', qualifier: 'about', ...src };
	const atLeast30min: Timing = { epochs: 50, value: 30, unit: 'minutes', qualifier: 'at least', ...src };
	const plan = totalEpochs(WORKSHOP_2020_PLAN);

	test.each([
		// 6 min / 50 = 7.2 s per epoch; × 231 epochs = 1,663.2 s, rounded to 28 min
		{ timing: about6min, epochs: 1, en: 'about 7.2 s', zh: '约 7.2 秒' },
		{ timing: about6min, epochs: plan, en: 'about 28 min', zh: '约 28 分钟' },
		// 30 min / 50 = 36 s; × 231 = 8,316 s, rounded down (a lower bound stays true) to 2 h 18 min
		{ timing: atLeast30min, epochs: 1, en: '36 s or more', zh: '至少 36 秒' },
		{ timing: atLeast30min, epochs: plan, en: '2 h 18 min or more', zh: '至少 2 小时 18 分钟' },
		// an exact reading scaled is an estimate: 732 s / 50 = 14.64 s
		{ timing: { epochs: 50, value: 732, unit: 'seconds', ...src } as Timing, epochs: 1, en: 'about 14.6 s', zh: '约 14.6 秒' },
		{
			timing: { epochs: 1, value: { min: 14, max: 16 }, unit: 'seconds', ...src } as Timing,
			epochs: 50,
			en: 'about 12–13 min',
			zh: '约 12–13 分钟',
		},
	])('scales $timing.value $timing.unit over $timing.epochs epochs to $epochs epochs: "$en"', ({ timing, epochs, en, zh }) => {
		expect(formatTiming(scaleTiming(timing, epochs), EN)).toBe(en);
		expect(formatTiming(scaleTiming(timing, epochs), ZH)).toBe(zh);
	});

	test('scales to the 2020 plan of 231 epochs', () => {
		expect(plan).toBe(231);
	});

	test('refuses to scale a factor', () => {
		expect(() => scaleTiming({ epochs: 5, value: 3, unit: 'factor', ...src }, 1)).toThrow(/factor/);
	});

	test('writes a range of factors and an exact duration without a qualifier', () => {
		expect(formatTiming({ epochs: 5, value: { min: 2, max: 3 }, unit: 'factor', ...src }, EN)).toBe('2–3×');
		expect(formatTiming({ epochs: 5, value: 17.1, unit: 'seconds', ...src }, ZH)).toBe('17.1 秒');
	});

	test('formatValue scales a timing field by epochs, and factOf gives its source', () => {
		expect(formatValue(sample(), undefined, 'timings.streetcar', EN, 1)).toBe('36 s or more');
		expect(formatValue(sample(), undefined, 'timings.streetcar', EN)).toBe('30 min or more');
		expect(factOf(sample(), 'timings.streetcar')).toEqual({ fact: sample().timings!.streetcar, tier: undefined });
	});

	test.each([
		{ timing: about6min, want: [6] },
		{ timing: { epochs: 50, value: 732, unit: 'seconds', ...src } as Timing, want: [732, 12] },
		{ timing: { epochs: 1, value: { min: 14, max: 16 }, unit: 'seconds', ...src } as Timing, want: [14, 16] },
	])('timingNumbers of $timing.value $timing.unit: $want', ({ timing, want }) => {
		expect(timingNumbers(timing)).toEqual(want);
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

describe('ratiosIn', () => {
	test.each([
		{ text: 'more than 3× as long, 5 x slower', want: [3, 5] },
		{ text: '耗时是 Colab 的 3 倍以上', want: [3] },
		{ text: '3 GB disk, Python 3, {{timings.mnist}}', want: [] },
	])('reads $want from "$text"', ({ text, want }) => {
		expect(ratiosIn(text)).toEqual(want);
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

	test('reports a timing written out, in its parts too', () => {
		const record = sample();
		record.summary = { en: 'A run took 12 min 12 s, 30 min or more, more than 3× as long; 3 GB disk.' };
		expect(repeatedNumbers(record)).toEqual([
			'summary (en) writes 12, the value of timings.mnistFunctional: use {{timings.mnistFunctional}}',
			'summary (en) writes 12, the value of timings.mnistFunctional: use {{timings.mnistFunctional}}',
			'summary (en) writes 30, the value of timings.streetcar: use {{timings.streetcar}}',
			'summary (en) writes 30, the value of free.idleTimeout: use {{free.idleTimeout}}',
			'summary (en) writes 30, the value of pro.idleTimeout: use {{pro.idleTimeout}}',
			'summary (en) writes 3, the value of timings.mnist: use {{timings.mnist}}',
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
