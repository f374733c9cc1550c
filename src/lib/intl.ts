/**
 * The one place formatters are made: each `Intl` formatter is built once per locale and options
 * and reused. Building one costs about fifty format calls, and the tools re-render their figures
 * on every keystroke.
 */
import { joinText } from './fill';

const formatters = new Map<string, unknown>();

function cached<T>(kind: string, tag: string, options: object, make: () => T): T {
	const key = `${kind}|${tag}|${JSON.stringify(options)}`;
	let formatter = formatters.get(key) as T | undefined;
	if (!formatter) {
		formatter = make();
		formatters.set(key, formatter);
	}
	return formatter;
}

/** A cached `Intl.NumberFormat`. */
export const numberFormat = (tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
	cached('number', tag, options, () => new Intl.NumberFormat(tag, options));

/** A cached `Intl.DateTimeFormat`. */
export const dateTimeFormat = (tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat =>
	cached('date', tag, options, () => new Intl.DateTimeFormat(tag, options));

/** A cached `Intl.ListFormat`. */
export const listFormat = (tag: string, options: Intl.ListFormatOptions = {}): Intl.ListFormat =>
	cached('list', tag, options, () => new Intl.ListFormat(tag, options));

/** A cached `Intl.PluralRules`. */
export const pluralRules = (tag: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules =>
	cached('plural', tag, options, () => new Intl.PluralRules(tag, options));

/** `forms.one` or `forms.other` by the locale's plural rule for `n` ("1 epoch", "2 epochs"; Chinese has one form). */
export const pluralForm = <T>(tag: string, n: number, forms: { one: T; other: T }): T =>
	pluralRules(tag).select(n) === 'one' ? forms.one : forms.other;

/** `text` cut into graphemes, what a reader counts as characters: 👩‍💻 and é written as e + ◌́ are one each. */
export const graphemes = (text: string): string[] =>
	Array.from(
		cached('segmenter', 'und', { granularity: 'grapheme' }, () => new Intl.Segmenter('und', { granularity: 'grapheme' })).segment(text),
		(s) => s.segment,
	);

/**
 * A date in words for `localeTag`, its parts joined by the site's spacing rule like a list's:
 * "2026 年 11 月 26 日", not Intl's "2026年11月26日". Always in UTC, so a calendar date never
 * shifts with the time zone of the build machine or the reader.
 */
export function formatDate(date: Date | number, localeTag: string, options: Intl.DateTimeFormatOptions): string {
	return joinText(
		dateTimeFormat(localeTag, { ...options, timeZone: 'UTC' })
			.formatToParts(date)
			.map((part) => part.value),
	);
}

/** A source's `YYYY-MM` month in words: "June 2020", "2020 年 6 月". */
export function formatMonth(yearMonth: string, localeTag: string): string {
	const [year = 0, month = 1] = yearMonth.split('-').map(Number);
	return formatDate(Date.UTC(year, month - 1), localeTag, { year: 'numeric', month: 'long' });
}
