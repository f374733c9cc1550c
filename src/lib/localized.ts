/** Picking the reader's text from a data record's `{ en, zh-cn }` pair. */
import { isLocale } from '~/i18n/locales';
import type { LocalizedText } from './platform-schema';

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
