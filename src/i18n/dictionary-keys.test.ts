/**
 * Every English dictionary key is used somewhere in src/ (the completeness test makes the other
 * locales follow), so a string nobody shows any more is deleted instead of translated forever.
 * A key counts as used when its name appears in the code as a whole word (`t.copyLink`,
 * `'not-a-number'`, `{ copyLink }`), or matches a template that builds keys (`` `row${…}` ``,
 * `` `${key}Label` ``). The scan ignores namespaces: a key shared by two namespaces is
 * flagged only when neither is used.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const english = import.meta.glob<{ default: Record<string, string> }>('./en/*.ts', { eager: true });

/** The code that can show a dictionary string: src/ without the dictionaries and the tests. */
function sourceText(): string {
	const files = readdirSync(SRC, { recursive: true, encoding: 'utf8' }).filter(
		(file) => /\.(ts|tsx|astro|js|mjs)$/.test(file) && !/\.test\.ts$/.test(file) && !/^i18n\/[^/]+\//.test(file.split(sep).join('/')),
	);
	return files.map((file) => readFileSync(join(SRC, file), 'utf8')).join('\n');
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Templates that build a key from parts, as patterns: `` `row${x}` `` → /^row[\w-]+$/. */
function keyTemplates(code: string): RegExp[] {
	const templates = code.match(/`[^`\n]*\$\{[^`\n]*`/g) ?? [];
	return templates.flatMap((template) => {
		const parts = template.slice(1, -1).split(/\$\{[^}]*\}/);
		// Only templates whose fixed text could be part of a key name (`row`, `Label`, `payer_`).
		if (!parts.some((p) => /^[\w-]{3,}$/.test(p)) || !parts.every((p) => /^[\w-]*$/.test(p))) return [];
		return [new RegExp(`^${parts.map(escape).join('[\\w-]+')}$`)];
	});
}

test('every dictionary key is used in src/', () => {
	const code = sourceText();
	const templates = keyTemplates(code);
	const unused: string[] = [];
	for (const [path, mod] of Object.entries(english)) {
		const namespace = path.replace(/^\.\/en\/(.+)\.ts$/, '$1');
		for (const key of Object.keys(mod.default)) {
			const asWord = new RegExp(`(?<![\\w-])${escape(key)}(?![\\w-])`);
			if (!asWord.test(code) && !templates.some((t) => t.test(key))) unused.push(`${namespace}.${key}`);
		}
	}
	expect(unused, 'unused keys: delete them from every locale').toEqual([]);
});

test('the scan sees a key used only through a template, and not one used nowhere', () => {
	const templates = keyTemplates('labels[`row${capitalize(key)}`]; el.id = `#${prefix}-tab-${id}`;');
	expect(templates.some((t) => t.test('rowGpu'))).toBe(true);
	expect(templates.some((t) => t.test('comingSoon'))).toBe(false);
});
