/**
 * Numbers written once: the free texts of a platform record (summary, allows, notes, steps…)
 * name a structured value with a `{{field}}` or `{{tierId.field}}` placeholder instead of
 * repeating its number, and the build fills it in. A text that still repeats a structured value
 * would not follow the next update, so `repeatedNumbers` reports it (the data test fails).
 */
import { LIMIT_KEYS, TIMING_KEYS, type LocalizedText, type Platform, type Tier, type Timing, type TimingKey } from './platform-schema';
import { dollarsToCents, formatLimitValue, formatNumber, formatUsdCents, type UnitLabels } from './format';
import { durationParts, durationUnits, formatDuration, formatDurationRange } from './duration';
import { fill } from './fill';
import { freeTier } from './platform-limits';

/** The record's timings as placeholder fields: `{{timings.streetcar}}`, `<Fact field="timings.streetcar">`. */
export const TIMING_FIELDS = [
	'timings.mnist',
	'timings.mnistFunctional',
	'timings.streetcar',
	'timings.streetcarEpoch',
] as const satisfies readonly `timings.${TimingKey}`[];
export type TimingField = (typeof TIMING_FIELDS)[number];

/** Fields a placeholder can name: a tier's price or limits, the record's training factor or one of its timings. */
export const VALUE_FIELDS = ['price', ...LIMIT_KEYS, 'trainingFactor', ...TIMING_FIELDS] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/**
 * How one locale writes values: unit templates, the factor template (`{n}×`), a range
 * (`{min}–{max}`), the timing qualifiers (`about {value}`) and its BCP 47 tag.
 */
export type ValueFormat = UnitLabels & {
	factor: string;
	unitSeconds: string;
	unitDays: string;
	range: string;
	timingAbout: string;
	timingMoreThan: string;
	timingAtLeast: string;
	tag: string;
};

const QUALIFIER_KEY = { about: 'timingAbout', 'more than': 'timingMoreThan', 'at least': 'timingAtLeast' } as const;

const isTimingField = (field: string): field is TimingField => (TIMING_FIELDS as readonly string[]).includes(field);
const timingKey = (field: TimingField) => field.slice('timings.'.length) as TimingKey;

/** The timing `field` names; throws naming the record when it has none. */
function timingOf(record: Platform, field: TimingField): Timing {
	const timing = record.timings?.[timingKey(field)];
	if (!timing) {
		const has = TIMING_KEYS.filter((k) => record.timings?.[k]).map((k) => `timings.${k}`);
		throw new Error(`${record.id}: no ${field}; its timings are: ${has.join(', ') || 'none'}.`);
	}
	return timing;
}

const SECONDS_PER = { seconds: 1, minutes: 60 } as const;

/**
 * The timing of the same run over `epochs` epochs instead of `timing.epochs`, in seconds: the
 * per-epoch time (epochs = 1) or a whole plan. A scaled reading is an estimate, so an exact one
 * becomes "about"; past a minute it is rounded to whole minutes (down for "at least" and
 * "more than", which must stay true), under a minute to a tenth of a second.
 */
export function scaleTiming(timing: Timing, epochs: number): Timing {
	if (timing.unit === 'factor') throw new Error('a timing stated as a factor of Colab has no duration to scale');
	const qualifier = timing.qualifier ?? 'about';
	const lowerBound = qualifier !== 'about';
	const perSecond = SECONDS_PER[timing.unit];
	const scale = (v: number) => {
		const s = (v * perSecond * epochs) / timing.epochs;
		if (s >= 60) return (lowerBound ? Math.floor(s / 60) : Math.round(s / 60)) * 60;
		return (lowerBound ? Math.floor(s * 10) : Math.round(s * 10)) / 10;
	};
	const { value } = timing;
	return {
		...timing,
		epochs,
		unit: 'seconds',
		qualifier,
		value: typeof value === 'number' ? scale(value) : { min: scale(value.min), max: scale(value.max) },
	};
}

/** A timing as a locale writes it: "about 6 min", "12–13 s", "more than 3×", "至少 30 分钟". */
export function formatTiming(timing: Timing, format: ValueFormat): string {
	const { value, unit, qualifier } = timing;
	let amount: string;
	if (unit === 'factor') {
		const n =
			typeof value === 'number'
				? formatNumber(value, format.tag)
				: fill(format.range, { min: formatNumber(value.min, format.tag), max: formatNumber(value.max, format.tag) });
		amount = fill(format.factor, { n });
	} else {
		const units = durationUnits(format);
		const ms = (v: number) => v * SECONDS_PER[unit] * 1000;
		amount =
			typeof value === 'number'
				? formatDuration(ms(value), units, format.tag)
				: formatDurationRange(ms(value.min), ms(value.max), units, format.tag, format.range);
	}
	return qualifier ? fill(format[QUALIFIER_KEY[qualifier]], { value: amount }) : amount;
}

// `{{ram}}` (the text's own tier, or the current free tier outside a tier), `{{pro.maxSession}}`.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** A tier's value of `field` as `{ value, unit }`; `unit` is absent for prices. */
function tierValue(tier: Tier, field: Exclude<ValueField, 'trainingFactor' | TimingField>) {
	return field === 'price' ? { value: tier.pricePerUserMonthUsd.value } : tier.limits[field];
}

/**
 * One value, written for a locale (`9 h`, `US$14.00`, `5 倍`, `about 6 min`); `not published` for
 * null. `epochs` scales a timing to that many epochs (`scaleTiming`); other fields ignore it.
 */
export function formatValue(record: Platform, tier: Tier | undefined, field: ValueField, format: ValueFormat, epochs?: number): string {
	if (isTimingField(field)) {
		const timing = timingOf(record, field);
		return formatTiming(epochs === undefined ? timing : scaleTiming(timing, epochs), format);
	}
	if (field === 'trainingFactor') {
		const f = record.trainingFactor.value;
		return f === null ? format.notPublished : fill(format.factor, { n: formatNumber(f, format.tag) });
	}
	if (!tier) throw new Error(`${record.id}: {{${field}}} needs a tier (write {{tierId.${field}}})`);
	const v = tierValue(tier, field);
	if (v.value === null) return format.notPublished;
	if (field === 'price') return formatUsdCents(dollarsToCents(v.value), format.tag);
	return formatLimitValue(tier.limits[field], format, format.tag);
}

/** A sourced value as the data states it: its number (null when not published), source, date and note. */
export type Fact = {
	value: number | { min: number; max: number } | null;
	source: string;
	asOf: string;
	note?: LocalizedText | undefined;
	uncertain?: boolean | undefined;
};

/** The fact behind `field`, of the tier `tierId` (default: the current free tier); throws naming the record when there is none. */
export function factOf(record: Platform, field: ValueField, tierId?: string): { fact: Fact; tier: Tier | undefined } {
	if (field === 'trainingFactor') return { fact: record.trainingFactor, tier: undefined };
	if (isTimingField(field)) return { fact: timingOf(record, field), tier: undefined };
	const tier = tierId === undefined ? freeTier(record) : record.tiers.find((t) => t.id === tierId);
	if (!tier) {
		const ids = record.tiers.map((t) => t.id).join(', ');
		throw new Error(`${record.id}: no tier "${tierId}"; its tiers are: ${ids}.`);
	}
	return { fact: field === 'price' ? tier.pricePerUserMonthUsd : tier.limits[field], tier };
}

/** `text` with every `{{…}}` filled; throws on an unknown field or tier, naming the record. */
export function fillValues(text: string, record: Platform, ownTier: Tier | undefined, format: ValueFormat): string {
	return text.replace(PLACEHOLDER, (whole, inner: string) => {
		// `timings.streetcar` is a field of the record, not the field `streetcar` of a tier `timings`.
		const [tierId, field] = isTimingField(inner) || !inner.includes('.') ? [undefined, inner] : inner.split('.', 2);
		if (!(VALUE_FIELDS as readonly string[]).includes(field ?? '')) {
			throw new Error(`${record.id}: unknown value ${whole}; use one of ${VALUE_FIELDS.join(', ')}`);
		}
		const tier = tierId === undefined ? (ownTier ?? freeTier(record)) : record.tiers.find((t) => t.id === tierId);
		if (tierId !== undefined && !tier) throw new Error(`${record.id}: ${whole} names no tier of this record`);
		return formatValue(record, tier, field as ValueField, format);
	});
}

// `{{colab:timings.streetcar}}`: a value of a named record, for texts outside the records (the dictionaries).
const RECORD_PLACEHOLDER = /\{\{([a-z0-9-]+):([^{}:]*)\}\}/g;

/**
 * Fills `{{id:field}}` placeholders with the value of record `id` (its current free tier for a
 * tier field), so a dictionary text that cites a platform's number follows the data like the
 * records' own texts do. Throws on a record that is not in `records`.
 */
export function fillRecordRefs(text: string, records: readonly Platform[], format: ValueFormat): string {
	return text.replace(RECORD_PLACEHOLDER, (whole, id: string, field: string) => {
		const record = records.find((r) => r.id === id);
		if (!record) throw new Error(`${whole}: there is no platform record "${id}"`);
		return fillValues(`{{${field}}}`, record, undefined, format);
	});
}

const isLocalized = (v: unknown): v is LocalizedText =>
	typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as Record<string, unknown>)['en'] === 'string';

/**
 * A copy of `record` with the placeholders of every localized text filled, each locale with its
 * own format (`formats['zh-cn']` for the `zh-cn` text). Texts in a tier default to that tier.
 */
export function fillRecordValues<P extends Platform>(record: P, formats: Record<string, ValueFormat>): P {
	const walk = (value: unknown, tier: Tier | undefined): unknown => {
		if (Array.isArray(value)) return value.map((item) => walk(item, tier));
		if (isLocalized(value)) {
			return Object.fromEntries(
				Object.entries(value).map(([locale, text]) => {
					const format = formats[locale] ?? formats['en'];
					return [locale, format && typeof text === 'string' ? fillValues(text, record, tier, format) : text];
				}),
			);
		}
		if (typeof value !== 'object' || value === null) return value;
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, tier)]));
	};
	const { tiers, ...rest } = record;
	return {
		...(walk(rest, undefined) as object),
		tiers: tiers.map((t) => walk(t, t)),
	} as P;
}

/** A structured number of the record, with the path it lives at and whether it is 2020 history. */
interface StructuredValue {
	path: string;
	value: number;
	history: boolean;
	/** A ratio (a timing stated as `3×` Colab's): only a number written as a ratio repeats it, not `3 GB` or `Python 3`. */
	ratio?: boolean;
}

/**
 * The numbers a timing is written with: its value or range ends, and the parts of the duration
 * as shown (732 seconds reads "12 min 12 s", so 12 too).
 */
export function timingNumbers(timing: Timing): number[] {
	const { value, unit } = timing;
	const ends = typeof value === 'number' ? [value] : [value.min, value.max];
	const shown = unit === 'factor' ? [] : ends.flatMap((v) => durationParts(v * SECONDS_PER[unit] * 1000).map((p) => p.n));
	return [...new Set([...ends, ...shown])];
}

/** Every non-null structured number of a record: prices, limits, the training factor, the timings. */
function structuredValues(record: Platform): StructuredValue[] {
	const values: StructuredValue[] = [];
	const push = (path: string, value: number | null, history: boolean, ratio?: boolean) => {
		if (value !== null) values.push({ path, value, history, ...(ratio ? { ratio } : {}) });
	};
	push('trainingFactor', record.trainingFactor.value, record.trainingFactor.asOf.startsWith('2020'));
	for (const key of TIMING_KEYS) {
		const timing = record.timings?.[key];
		if (timing) for (const n of timingNumbers(timing)) push(`timings.${key}`, n, timing.asOf.startsWith('2020'), timing.unit === 'factor');
	}
	for (const tier of record.tiers) {
		const history = tier.era === 'article-2020';
		push(`${tier.id}.price`, tier.pricePerUserMonthUsd.value, history);
		for (const key of LIMIT_KEYS) push(`${tier.id}.${key}`, tier.limits[key].value, history);
	}
	return values;
}

/**
 * The numbers written in `text`, ignoring code spans, placeholders, version strings (`2.20.0`)
 * and digits glued to letters (`T4`, `H100`): those are names, not quantities.
 */
export function numbersIn(text: string): number[] {
	const prose = text.replace(/`[^`]*`/g, ' ').replace(/\{[^{}]*\}/g, ' ');
	const tokens = prose.match(/(?<![\p{L}\d.,_])\d[\d,]*(?:\.\d+)*(?![\p{L}\d_])/gu) ?? [];
	return tokens
		.map((t) => t.replace(/,$/, ''))
		.filter((t) => (t.match(/\./g) ?? []).length <= 1)
		.map((t) => Number(/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(t) ? t.replace(/,/g, '') : t.split(',')[0]));
}

/** The numbers written as ratios in `text`: `3×`, `3 x`, `3 倍` (placeholders and code skipped as in `numbersIn`). */
export function ratiosIn(text: string): number[] {
	const prose = text.replace(/`[^`]*`/g, ' ').replace(/\{[^{}]*\}/g, ' ');
	return [...prose.matchAll(/(?<![\p{L}\d.,_])(\d+(?:\.\d+)?)\s?(?:×|x\b|倍)/gu)].map((m) => Number(m[1]));
}

/** Every `{ en, zh-cn }` text in a value with its JSON path. */
function texts(value: unknown, path: string): { path: string; text: LocalizedText }[] {
	if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}[${i}]`));
	if (isLocalized(value)) return [{ path, text: value }];
	if (typeof value !== 'object' || value === null) return [];
	return Object.entries(value).flatMap(([k, v]) => texts(v, path ? `${path}.${k}` : k));
}

/**
 * One line per localized text that writes a number equal to one of the record's structured
 * values. The article's 2020 verdicts are checked against the 2020 values only: today's values
 * are not meant to flow into history.
 */
export function repeatedNumbers(record: Platform): string[] {
	const all = structuredValues(record);
	return texts(record, '').flatMap(({ path, text }) => {
		const pool = path.startsWith('article2020') ? all.filter((v) => v.history) : all;
		return Object.entries(text).flatMap(([locale, t]) => {
			// A number is compared with the plain values, a ratio (`3×`) with the ratio values too.
			const written = [...numbersIn(t ?? '').map((n) => ({ n, ratio: false })), ...ratiosIn(t ?? '').map((n) => ({ n, ratio: true }))];
			return written.flatMap(({ n, ratio }) =>
				pool
					.filter((v) => v.value === n && (v.ratio ?? false) === ratio)
					.map((v) => `${path} (${locale}) writes ${n}, the value of ${v.path}: use {{${v.path}}}`),
			);
		});
	});
}
