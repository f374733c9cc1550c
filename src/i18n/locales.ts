/**
 * Locales the site is built in: one line each. English lives at the root; every other locale
 * under `/<locale>/`. A locale is added by a line here and its dictionary folder (`src/i18n/<id>/`).
 */
const LOCALE_LIST = [
	{ id: 'en', tag: 'en', name: 'English' },
	{ id: 'zh-cn', tag: 'zh-CN', name: '简体中文' },
] as const;

/** Locale ids, in the language switcher's order. */
export const LOCALES = LOCALE_LIST.map((l) => l.id);
/** One locale id. */
export type Locale = (typeof LOCALE_LIST)[number]['id'];
/** The locale served at the site root. */
export const DEFAULT_LOCALE = 'en' satisfies Locale;

/** BCP 47 tags for `Intl` and `<html lang>`. */
export const LOCALE_TAGS = Object.fromEntries(LOCALE_LIST.map((l) => [l.id, l.tag])) as Record<Locale, string>;
/** Each locale's name in its own language, for the language switcher. */
export const LOCALE_NAMES = Object.fromEntries(LOCALE_LIST.map((l) => [l.id, l.name])) as Record<Locale, string>;

/** Whether a string is an enabled locale. */
export function isLocale(value: string | undefined): value is Locale {
	return (LOCALES as readonly string[]).includes(value ?? '');
}

/**
 * The locale of the page being rendered, from `Astro.currentLocale`: the one way a component
 * (an embed, a guide helper) finds it, so MDX never passes a locale by hand. A page knows its
 * own from its route; a page outside the locale routes gets the default.
 */
export function pageLocale(current: string | undefined): Locale {
	return isLocale(current) ? current : DEFAULT_LOCALE;
}
