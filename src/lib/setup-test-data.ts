/** Test helper: every platform record's setup, parsed by the schema and localized to English. */
import { VALUE_FORMATS } from '../i18n/value-formats';
import { fillRecordValues } from './data-values';
import { platform, type Platform } from './platform-schema';
import { localizeSetup, type SetupPlatform } from './setup-steps';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });

/** The records, sorted by `order`. */
export const PLATFORM_RECORDS: Platform[] = Object.values(modules)
	.map((data) => fillRecordValues(platform.parse(data), VALUE_FORMATS))
	.sort((a, b) => a.order - b.order);

/** Their setup data as the islands receive it. */
export const SETUP_PLATFORMS: SetupPlatform[] = localizeSetup(PLATFORM_RECORDS, 'en');
