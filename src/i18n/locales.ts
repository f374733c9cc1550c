/**
 * Locales the site is built in. English lives at the root; every other locale under
 * `/<locale>/`. Adding a locale here (with its dictionary) adds its routes.
 */
export const LOCALES = ['en', 'zh-cn'] as const;
/** Every locale the code knows about, enabled or not. */
export type Locale = 'en' | 'zh-cn';
/** The locale served at the site root. */
export const DEFAULT_LOCALE = 'en' as const;

/** BCP 47 tags for `Intl` and `<html lang>`. */
export const LOCALE_TAGS: Record<Locale, string> = { en: 'en', 'zh-cn': 'zh-CN' };

/** Whether a string is an enabled locale. */
export function isLocale(value: string | undefined): value is Locale {
	return (LOCALES as readonly string[]).includes(value ?? '');
}
