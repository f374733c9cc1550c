/**
 * No broken internal links or assets (issue 6): every href, src, srcset, url() and sitemap
 * entry in the build output resolves to a file, and every #fragment to an id on its page.
 * Checked on the build the other specs use (base `/`) and on the suite's second build under a
 * non-root base (e2e/base-build.ts, shared with the offline spec).
 */
import { expect, test } from '@playwright/test';
import { checkLinks } from './gates/check-links.mjs';
import { outDir } from './gates/pages.mjs';
import { BASE, baseBuild } from './base-build';

test('every internal link and asset resolves in the build output', () => {
	expect(checkLinks(outDir()), `broken references in ${outDir()}`).toEqual([]);
});

test(`every internal link and asset resolves under the base ${BASE}`, async () => {
	test.setTimeout(180_000);
	const dir = await baseBuild();
	expect(checkLinks(dir, { base: BASE }), `broken references in ${dir} (built with BASE=${BASE})`).toEqual([]);
});
