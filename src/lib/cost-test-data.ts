/**
 * Test support: the real platform records, parsed with the schema, for the cost tests.
 * (Not a test file itself; imported by `cost*.test.ts`.)
 */
import { platform, type Platform } from './platform-schema';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });

/** Every platform record, in the site's order. */
export const PLATFORMS: Platform[] = Object.values(modules)
	.map((data) => platform.parse(data))
	.sort((a, b) => a.order - b.order);
