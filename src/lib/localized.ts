/** Picking the reader's text from a data record's `{ en, zh-cn }` pair. */
import { isLocale } from '~/i18n/locales';
import { gapBetween } from './fill';
import type { LocalizedText } from './platform-schema';

/** A value's provenance, as the source link beside it shows it. */
export interface Provenance {
	source: string;
	asOf: string;
	note?: string;
	uncertain?: boolean;
}

/** A sourced value's source, date, note (in `locale`) and doubt, as a table cell or an option carries them. */
export function provenance(
	value: { source: string; asOf: string; note?: LocalizedText | undefined; uncertain?: boolean | undefined },
	locale: string,
): Provenance {
	return {
		source: value.source,
		asOf: value.asOf,
		...(value.note ? { note: pickText(value.note, locale) } : {}),
		...(value.uncertain ? { uncertain: true } : {}),
	};
}

/** The text in `locale`, or English where that locale has none yet. */
export function pickText(text: LocalizedText, locale: string): string {
	return (isLocale(locale) ? text[locale] : undefined) ?? text.en;
}

/**
 * `'en'` when `text` on a page in `locale` is an English title left untranslated (no Chinese
 * characters on a Chinese page), so it can carry `lang="en"` (WCAG 3.1.2); otherwise undefined.
 */
export function untranslatedLang(text: string, locale: string): 'en' | undefined {
	return locale !== 'en' && !/\p{Script=Han}/u.test(text) ? 'en' : undefined;
}

/**
 * The space an inline value needs before it in `locale`'s running text. Chinese MDX writes none
 * before a value and its text there ends in Han, so the seam rule of `fill` decides: a space
 * before a Latin letter, digit or `$` ("用时 12–13 秒"), none before Han ("用时约 6 分钟").
 * English text writes its own spaces: ''.
 */
export function spaceBefore(value: string, locale: string): string {
	return locale === 'zh-cn' ? gapBetween('字', value) : '';
}
