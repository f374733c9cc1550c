/** A component's locale comes from the page being rendered; anything else falls back to the default. */
import { expect, test } from 'vitest';
import { DEFAULT_LOCALE, LOCALES, pageLocale } from './locales';

test('every enabled locale is its own page locale', () => {
	for (const locale of LOCALES) expect(pageLocale(locale)).toBe(locale);
});

test('a page outside the locale routes, or an unknown locale, gets the default', () => {
	for (const current of [undefined, '', 'fr', 'ZH-CN', 'zh']) expect(pageLocale(current), String(current)).toBe(DEFAULT_LOCALE);
});
