/**
 * No broken internal links or assets (issue 6): every href, src, srcset, url() and sitemap
 * entry in the build output resolves to a file, and every #fragment to an id on its page.
 * Checked on the build the other specs use (base `/`) and on a second build under a
 * non-root base, which this spec makes itself (astro build only: links need no search index).
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { checkLinks } from './gates/check-links.mjs';
import { outDir } from './gates/pages.mjs';

const BASE = '/workshop-ready/';

test('every internal link and asset resolves in the build output', () => {
	expect(checkLinks(outDir()), `broken references in ${outDir()}`).toEqual([]);
});

test(`every internal link and asset resolves under the base ${BASE}`, () => {
	test.setTimeout(180_000);
	const dir = `${outDir()}-base`;
	rmSync(dir, { recursive: true, force: true });
	execFileSync('npx', ['astro', 'build', '--silent'], { env: { ...process.env, BASE, OUT_DIR: dir }, stdio: 'pipe' });
	expect(checkLinks(dir, { base: BASE }), `broken references in ${dir} (built with BASE=${BASE})`).toEqual([]);
});
