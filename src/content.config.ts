/**
 * Content collections: the MDX guide (one folder per locale) and the platform records.
 * A missing or malformed field fails `astro build` with a message naming the entry and field.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { platform } from './lib/platform-schema';

/** A source cited by a guide page. */
const guideSource = z.strictObject({
	title: z.string().min(1, 'each source needs a title'),
	url: z.url({ error: 'each source needs a url' }),
	accessed: z.coerce.date({ error: 'each source needs an accessed date like 2026-11-01' }),
});

const guide = defineCollection({
	loader: glob({ pattern: '**/*.mdx', base: './content/guide' }),
	schema: z.strictObject({
		title: z.string().min(1).describe('Page title, also the <h1>'),
		description: z.string().min(20, 'description should be a sentence (it becomes the meta description)'),
		order: z.number().int().positive().describe('Position in the guide, 1 = first'),
		updated: z.coerce.date({ error: 'updated must be a date like 2026-11-26' }),
		sources: z.array(guideSource).min(1, 'every guide page cites at least one source'),
	}),
});

const platforms = defineCollection({
	loader: glob({ pattern: '*.json', base: './content/platforms' }),
	schema: platform,
});

export const collections = { guide, platforms };
