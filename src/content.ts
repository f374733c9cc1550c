/** Shared content queries: guide pages per locale in order, platform records in order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { DEFAULT_LOCALE, type Locale } from '~/i18n/locales';
import { VALUE_FORMATS } from '~/i18n/value-formats';
import { fillRecordRefs, fillRecordValues } from '~/lib/data-values';
import { pickText } from '~/lib/localized';
import type { Platform } from '~/lib/platform-schema';

/** A guide entry plus its locale-free slug (`content/guide/en/cost.mdx` → `cost`). */
export interface GuidePage {
	entry: CollectionEntry<'guide'>;
	slug: string;
}

/** Guide pages of one locale, sorted by `order`; falls back to English pages not yet translated. */
export async function getGuidePages(locale: Locale): Promise<GuidePage[]> {
	const all = await getCollection('guide');
	const bySlug = new Map<string, GuidePage>();
	for (const want of [DEFAULT_LOCALE, locale]) {
		for (const entry of all) {
			const [entryLocale, ...rest] = entry.id.split('/');
			if (entryLocale === want) bySlug.set(rest.join('/'), { entry, slug: rest.join('/') });
		}
	}
	return [...bySlug.values()].sort((a, b) => a.entry.data.order - b.entry.data.order);
}

/** A record with the `{{value}}` placeholders of its texts filled from its structured values. */
function withValues<P extends Platform>(record: P): P {
	return fillRecordValues(record, VALUE_FORMATS);
}

/** A record as a page in `locale` shows it: its values filled in, its `name` in the reader's language. */
export function localRecord<P extends Platform>(record: P, locale: Locale): P {
	const data = withValues(record);
	return data.localName ? { ...data, name: pickText(data.localName, locale) } : data;
}

/** Platform records sorted by their `order`, each `name` in the reader's language. */
export async function getPlatforms(locale: Locale = DEFAULT_LOCALE): Promise<CollectionEntry<'platforms'>['data'][]> {
	const entries = await getCollection('platforms');
	return entries.map(({ data }) => localRecord(data, locale)).sort((a, b) => a.order - b.order);
}

/**
 * A dictionary section with the platform values its texts cite filled in
 * (`{{colab:timings.streetcar}}` → "about 6 min"), in the locale's format: a number a
 * dictionary quotes is still written once, in content/platforms.
 */
export async function withPlatformValues<T extends object>(texts: T, locale: Locale): Promise<T> {
	const records = (await getCollection('platforms')).map(({ data }) => data);
	const format = VALUE_FORMATS[locale]!;
	return Object.fromEntries(
		Object.entries(texts).map(([key, text]) => [key, typeof text === 'string' ? fillRecordRefs(text, records, format) : text]),
	) as T;
}
