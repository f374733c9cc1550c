/**
 * Locale-aware formatting of money, numbers and limits with `Intl`. Money is always US dollars
 * (the platforms bill in USD); only its presentation follows the reader's locale.
 */
import { listFormat, numberFormat } from './intl';
import { fill, joinText } from './fill';

/**
 * Whole cents from a dollar amount, rounded half away from zero on the decimal digits as
 * written (1.005 → 101, 9.99 → 999): shifting the exponent in the string form avoids the
 * binary error of `1.005 * 100 = 100.4999…`.
 */
export function dollarsToCents(dollars: number): number {
	const abs = Math.abs(dollars);
	const shifted = Number(`${abs}e2`);
	// Tiny or huge numbers print in exponent form, where the string shift does not apply.
	return Math.sign(dollars) * Math.round(Number.isFinite(shifted) ? shifted : abs * 100);
}

const USD = { style: 'currency', currency: 'USD', minimumFractionDigits: 2, maximumFractionDigits: 2 } as const;

/** `$1,234.50` (en) or `US$1,234.50` (zh-CN) from integer cents. */
export function formatUsdCents(cents: number, localeTag: string): string {
	return numberFormat(localeTag, USD).format(cents / 100);
}

/** A plain number with at most `digits` decimals, grouped for the locale. */
export function formatNumber(value: number, localeTag: string, digits = 2): string {
	return numberFormat(localeTag, { maximumFractionDigits: digits }).format(value);
}

/** Unit templates, one per limit unit, each with an `{n}` placeholder. */
export interface UnitLabels {
	unitMinutes: string;
	unitHours: string;
	unitGB: string;
	unitHoursWeek: string;
	unitHoursDay: string;
	unitHoursMonth: string;
	notPublished: string;
}

const UNIT_KEY = {
	minutes: 'unitMinutes',
	hours: 'unitHours',
	GB: 'unitGB',
	'hours/week': 'unitHoursWeek',
	'hours/day': 'unitHoursDay',
	'hours/month': 'unitHoursMonth',
} as const satisfies Record<string, keyof UnitLabels>;

/** `30 min`, `12.7 GB`, `30 h/week`; `not published` for a null value. */
export function formatLimitValue(
	limit: { value: number | null; unit: keyof typeof UNIT_KEY },
	labels: UnitLabels,
	localeTag: string,
): string {
	if (limit.value === null) return labels.notPublished;
	return fill(labels[UNIT_KEY[limit.unit]], { n: formatNumber(limit.value, localeTag, 1) });
}

/** `Colab and Kaggle` (en), `Colab 和 Kaggle` (zh-CN): names joined the way the locale lists them, spaced as filled text is. */
export function formatList(items: readonly string[], localeTag: string): string {
	return joinText(
		listFormat(localeTag, { style: 'long', type: 'conjunction' })
			.formatToParts(items)
			.map((part) => part.value),
	);
}
