/**
 * Numbers written once: the free texts of a platform record (summary, allows, notes, steps…)
 * name a structured value with a `{{field}}` or `{{tierId.field}}` placeholder instead of
 * repeating its number, and the build fills it in. A text that still repeats a structured value
 * would not follow the next update, so `repeatedNumbers` reports it (the data test fails).
 */
import { LIMIT_KEYS, type LocalizedText, type Platform, type Tier } from './platform-schema';
import { dollarsToCents, formatLimitValue, formatNumber, formatUsdCents, type UnitLabels } from './format';
import { fill } from './fill';

/** Fields a placeholder can name: a tier's price or limits, or the record's training factor. */
export const VALUE_FIELDS = ['price', ...LIMIT_KEYS, 'trainingFactor'] as const;
export type ValueField = (typeof VALUE_FIELDS)[number];

/** How one locale writes values: unit templates, the factor template (`{n}×`) and its BCP 47 tag. */
export type ValueFormat = UnitLabels & { factor: string; tag: string };

// `{{ram}}` (the text's own tier, or the current free tier outside a tier), `{{pro.maxSession}}`.
const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

/** A tier's value of `field` as `{ value, unit }`; `unit` is absent for prices. */
function tierValue(tier: Tier, field: Exclude<ValueField, 'trainingFactor'>) {
	return field === 'price' ? { value: tier.pricePerUserMonthUsd.value } : tier.limits[field];
}

/** The current free tier, the default for placeholders outside a tier. */
export function defaultTier(record: Platform): Tier | undefined {
	return record.tiers.find((t) => t.kind === 'free' && t.era === 'current');
}

/** One value, written for a locale (`9 h`, `US$14.00`, `5 倍`); `not published` for null. */
export function formatValue(record: Platform, tier: Tier | undefined, field: ValueField, format: ValueFormat): string {
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
	value: number | null;
	source: string;
	asOf: string;
	note?: LocalizedText | undefined;
	uncertain?: boolean | undefined;
};

/** The fact behind `field`, of the tier `tierId` (default: the current free tier); throws naming the record when there is none. */
export function factOf(record: Platform, field: ValueField, tierId?: string): { fact: Fact; tier: Tier | undefined } {
	if (field === 'trainingFactor') return { fact: record.trainingFactor, tier: undefined };
	const tier = tierId === undefined ? defaultTier(record) : record.tiers.find((t) => t.id === tierId);
	if (!tier) {
		const ids = record.tiers.map((t) => t.id).join(', ');
		throw new Error(`${record.id}: ${tierId ? `no tier "${tierId}"` : 'no current free tier (pass tier=…)'}; its tiers are: ${ids}.`);
	}
	return { fact: field === 'price' ? tier.pricePerUserMonthUsd : tier.limits[field], tier };
}

/** `text` with every `{{…}}` filled; throws on an unknown field or tier, naming the record. */
export function fillValues(text: string, record: Platform, ownTier: Tier | undefined, format: ValueFormat): string {
	return text.replace(PLACEHOLDER, (whole, inner: string) => {
		const [tierId, field] = inner.includes('.') ? inner.split('.', 2) : [undefined, inner];
		if (!(VALUE_FIELDS as readonly string[]).includes(field ?? '')) {
			throw new Error(`${record.id}: unknown value ${whole}; use one of ${VALUE_FIELDS.join(', ')}`);
		}
		const tier = tierId === undefined ? (ownTier ?? defaultTier(record)) : record.tiers.find((t) => t.id === tierId);
		if (tierId !== undefined && !tier) throw new Error(`${record.id}: ${whole} names no tier of this record`);
		return formatValue(record, tier, field as ValueField, format);
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
}

/** Every non-null structured number of a record: prices, limits, the training factor. */
export function structuredValues(record: Platform): StructuredValue[] {
	const values: StructuredValue[] = [];
	const push = (path: string, value: number | null, history: boolean) => {
		if (value !== null) values.push({ path, value, history });
	};
	push('trainingFactor', record.trainingFactor.value, record.trainingFactor.asOf.startsWith('2020'));
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
		return Object.entries(text).flatMap(([locale, t]) =>
			numbersIn(t ?? '').flatMap((n) =>
				pool.filter((v) => v.value === n).map((v) => `${path} (${locale}) writes ${n}, the value of ${v.path}: use {{${v.path}}}`),
			),
		);
	});
}
