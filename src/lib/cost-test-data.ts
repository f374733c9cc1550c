/**
 * Test support: the real platform records, parsed with the schema, for the cost tests.
 * (Not a test file itself; imported by `cost*.test.ts`.)
 */
import { VALUE_FORMATS } from '../i18n/value-formats';
import { fillRecordValues } from './data-values';
import { platform, type Platform } from './platform-schema';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });

/** Every platform record, in the site's order. */
export const PLATFORMS: Platform[] = Object.values(modules)
	.map((data) => fillRecordValues(platform.parse(data), VALUE_FORMATS))
	.sort((a, b) => a.order - b.order);
