/** How each locale writes a platform value in data texts (`{{ram}}` → `2 GB`, `{{trainingFactor}}` → `5 倍`). */
import type { ValueFormat } from '../lib/data-values';
import { getDictionary } from './index';
import { LOCALES, LOCALE_TAGS } from './locales';

/** One value format per enabled locale, from its `format` dictionary. */
export const VALUE_FORMATS: Record<string, ValueFormat> = Object.fromEntries(
	LOCALES.map((l) => [l, { ...getDictionary(l).format, tag: LOCALE_TAGS[l] }]),
);
