/** Picking the reader's text from a data record's `{ en, zh-cn }` pair. */
import type { LocalizedText } from './platform-schema';

/** The text in `locale`, or English where that locale has none yet. */
export function pickText(text: LocalizedText, locale: string): string {
	return (locale === 'zh-cn' ? text['zh-cn'] : undefined) ?? text.en;
}
