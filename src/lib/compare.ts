/**
 * Rows of the comparison table, derived from the platform records. Pure: the page only
 * renders what this returns, so the table cannot disagree with the data.
 */
import { ARTICLE_CRITERIA, CAPABILITY_KEYS, LIMIT_KEYS, type CapabilityValue, type Platform, type Tier } from './platform-schema';
import { pickText, provenance } from './localized';
import { freeTier } from './platform-limits';
import { fill } from './fill';
import { dollarsToCents, formatLimitValue, formatNumber, formatUsdCents, type UnitLabels } from './format';

/** One cell: a yes/no/unknown/n-a `kind`, or free `text`, plus note and provenance. */
interface CompareCell {
	kind?: CapabilityValue;
	text?: string;
	note?: string;
	source?: string;
	asOf?: string;
	uncertain?: boolean;
}

/** One row: its label and a cell per platform, in platform order. */
export interface CompareRow {
	id: string;
	label: string;
	cells: CompareCell[];
}

/** Labels the rows need, taken from the page's dictionary. */
export type CompareLabels = UnitLabels & {
	rowFreePrice: string;
	rowPaidPrice: string;
	rowTrainingFactor: string;
	noPaidTier: string;
	notPerUser: string;
	unknownFactor: string;
	factor: string;
	/** The article's 2020 GPU verdict row, and its two values. */
	rowGpu2020: string;
	favoured: string;
	notFavoured: string;
	/** A platform the 2020 article did not look at. */
	notIn2020: string;
	/** Between a tier's name and its price (`common.labelSeparator`). */
	labelSeparator: string;
} & Record<`row${Capitalize<(typeof CAPABILITY_KEYS)[number] | (typeof LIMIT_KEYS)[number]>}`, string>;

/** The current paid tier that `price-<id>` sets, if the platform has one. */
export function defaultPaidTier(p: Platform): Tier | undefined {
	return p.tiers.find((t) => t.defaultPaid && t.era === 'current');
}

/** `s` with its first letter in capitals, typed as such (a dictionary key built from a field name). */
export const capitalize = <S extends string>(s: S) => (s[0]!.toUpperCase() + s.slice(1)) as Capitalize<S>;

function priceCell(tier: Tier | undefined, labels: CompareLabels, tag: string, locale: string): CompareCell {
	if (!tier) return { text: labels.noPaidTier };
	const price = tier.pricePerUserMonthUsd;
	const text = price.value === null ? labels.notPerUser : formatUsdCents(dollarsToCents(price.value), tag);
	return { text: `${pickText(tier.name, locale)}${labels.labelSeparator}${text}`, ...provenance(price, locale) };
}

/** All rows of the comparison table for `platforms`, formatted for one locale. */
export function compareRows(platforms: Platform[], labels: CompareLabels, tag: string, locale: string): CompareRow[] {
	const rows: CompareRow[] = [
		{ id: 'free-price', label: labels.rowFreePrice, cells: platforms.map((p) => priceCell(freeTier(p), labels, tag, locale)) },
		{ id: 'paid-price', label: labels.rowPaidPrice, cells: platforms.map((p) => priceCell(defaultPaidTier(p), labels, tag, locale)) },
		{
			id: 'training-factor',
			label: labels.rowTrainingFactor,
			cells: platforms.map(({ trainingFactor: f }) => ({
				text: f.value === null ? labels.unknownFactor : fill(labels.factor, { n: formatNumber(f.value, tag) }),
				...provenance(f, locale),
			})),
		},
	];
	const capabilityRow = (key: (typeof CAPABILITY_KEYS)[number]): CompareRow => ({
		id: key,
		label: labels[`row${capitalize(key)}`],
		cells: platforms.map((p) => {
			const c = freeTier(p).capabilities[key];
			return { kind: c.value, ...provenance(c, locale) };
		}),
	});
	const limitRow = (key: (typeof LIMIT_KEYS)[number]): CompareRow => ({
		id: key,
		label: labels[`row${capitalize(key)}`],
		cells: platforms.map((p) => {
			const l = freeTier(p).limits[key];
			return { text: formatLimitValue(l, labels, tag), ...provenance(l, locale) };
		}),
	});
	// Related rows stay together: the GPU, its hours and the article's 2020 GPU verdict.
	const gpu2020: CompareRow = {
		id: 'gpu-2020',
		label: labels.rowGpu2020,
		cells: platforms.map((p): CompareCell => {
			const v = p.article2020?.gpu;
			if (!v) return { text: labels.notIn2020 };
			return { text: v.favoured ? labels.favoured : labels.notFavoured, note: pickText(v.verdict, locale), source: v.source, asOf: v.asOf };
		}),
	};
	rows.push(capabilityRow('gpu'), limitRow('gpuHours'), gpu2020);
	for (const key of CAPABILITY_KEYS) if (key !== 'gpu') rows.push(capabilityRow(key));
	for (const key of LIMIT_KEYS) if (key !== 'gpuHours') rows.push(limitRow(key));
	return rows;
}

/** The article's 2020 verdicts, one row per criterion, a cell per platform it compared. */
export function articleRows(platforms: Platform[], locale: string) {
	const compared = platforms.filter((p) => p.article2020);
	return ARTICLE_CRITERIA.map((criterion) => ({
		criterion,
		labelKey: `crit${capitalize(criterion)}` as const,
		cells: compared.map((p) => {
			const v = p.article2020![criterion];
			return { favoured: v.favoured, verdict: pickText(v.verdict, locale), source: v.source, asOf: v.asOf };
		}),
	}));
}
