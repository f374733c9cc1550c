/**
 * A translated guide page that carries the English section ids (so links such as the prep page's
 * troubleshooting list work in every language) puts each one right above the section it names:
 * the N-th `##` heading of the Chinese page follows the id of the N-th English heading.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const GUIDE = 'content/guide';

/** GitHub's heading slug for plain ASCII headings (what Astro gives the English `##`). */
const slug = (heading: string) =>
	heading
		.toLowerCase()
		.replace(/[^a-z0-9 -]/g, '')
		.replace(/ /g, '-');

/** The `##` headings of an MDX page, each with the span id on the lines just above it (if any). */
function sections(file: string): { heading: string; id: string | undefined }[] {
	const lines = readFileSync(file, 'utf8').split('\n');
	return lines.flatMap((line, i) => {
		if (!line.startsWith('## ')) return [];
		const above = lines.slice(Math.max(0, i - 2), i).join('\n');
		return [{ heading: line.slice(3).trim(), id: /<span id="([^"]+)"><\/span>/.exec(above)?.[1] }];
	});
}

const translated = readdirSync(GUIDE).filter((dir) => dir !== 'en');

describe.each(translated)('%s guide pages', (locale) => {
	const pages = readdirSync(`${GUIDE}/${locale}`).filter((name) => name.endsWith('.mdx'));
	test.each(pages)('%s: English section ids sit above their sections', (name) => {
		const english = sections(`${GUIDE}/en/${name}`).map((s) => slug(s.heading));
		const local = sections(`${GUIDE}/${locale}/${name}`);
		expect(local.length, 'as many sections as the English page').toBe(english.length);
		if (local.every((s) => s.id === undefined)) return;
		expect(
			local.map((s) => s.id),
			'each heading carries the id of the English heading in its place',
		).toEqual(english);
	});
});
