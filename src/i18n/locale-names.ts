/** Each locale's name in its own language, for the language switcher. */
import type { Locale } from './locales';

export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-cn': '简体中文' };
