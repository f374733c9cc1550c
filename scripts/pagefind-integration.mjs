/**
 * An Astro integration that builds the Pagefind index into the build output once the pages
 * are written (`astro:build:done`), so a plain `astro build`, as a host's "Astro" preset runs
 * it, ships search too. Pagefind reads each page's `lang` and writes one index per language.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** @returns {import('astro').AstroIntegration} */
export default function pagefindIndex() {
	return {
		name: 'workshop-ready:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				const { index, errors } = await pagefind.createIndex({});
				if (!index) throw new Error(`Pagefind failed: ${errors.join('; ')}`);
				try {
					const added = await index.addDirectory({ path: site });
					if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					const outputPath = join(site, 'pagefind');
					const written = await index.writeFiles({ outputPath });
					if (written.errors.length) throw new Error(`Pagefind could not write ${outputPath}: ${written.errors.join('; ')}`);
					logger.info(`indexed ${added.page_count} pages into ${outputPath}`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
