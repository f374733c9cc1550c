/**
 * Every English dictionary key is used somewhere in src/ (the completeness test makes the other
 * locales follow), so a string nobody shows any more is deleted instead of translated forever.
 * A key counts as used when its name appears in the code as a whole word (`t.copyLink`,
 * `'not-a-number'`, `{ copyLink }`), or matches a template that builds keys (`` `row${…}` ``,
 * `` `cell-${kind}` ``). A key name that two namespaces share (`platformLabel` in `plan` and
 * `prep`) counts for a namespace only in a file that names it (`dict.plan`,
 * `Dictionary['plan']`, `islandLabels(dict, 'plan')`), so one namespace's use keeps no other's alive.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, sep } from 'node:path';
import { expect, test } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const english = import.meta.glob<{ default: Record<string, string> }>('./en/*.ts', { eager: true });

/**
 * The code that can show a dictionary string, file by file (src/ without the dictionaries and the
 * tests, and the build's config), each followed by the files it imports from src/: a component typed with its folder's
 * `Labels` names the namespace there.
 */
function sourceFiles(): { code: string; imported: string }[] {
	const paths = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
		.map((file) => file.split(sep).join('/'))
		.filter((file) => /\.(ts|tsx|astro|js|mjs)$/.test(file) && !/\.test\.ts$/.test(file) && !/^i18n\/[^/]+\//.test(file));
	const code = new Map(paths.map((path) => [path, readFileSync(join(SRC, path), 'utf8')]));
	const resolve = (from: string, spec: string) => {
		const base = spec.startsWith('~/') ? spec.slice(2) : posix.join(posix.dirname(from), spec);
		return ['', '.ts', '.tsx', '.astro', '/index.ts'].map((ext) => code.get(base + ext)).find((text) => text !== undefined) ?? '';
	};
	const files = paths.map((path) => {
		const text = code.get(path) ?? '';
		const specs = [...text.matchAll(/from '((?:\.{1,2}\/|~\/)[^']+)'/g)].map((m) => m[1] ?? '');
		return { code: text, imported: specs.map((spec) => resolve(path, spec)).join('\n') };
	});
	// The build's config hands the service worker its offline notice (`offline.notSaved…`).
	return [...files, { code: readFileSync(join(SRC, '..', 'astro.config.mjs'), 'utf8'), imported: '' }];
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

/** Whether `code` names the dictionary namespace `ns`: `dict.plan`, `Dictionary['plan']`, `(dict, 'plan')`. */
const namesNamespace = (code: string, ns: string) => new RegExp(`\\.${ns}(?![\\w-])|\\[['"]${ns}['"]\\]|, ['"]${ns}['"]\\)`).test(code);

/** Whether `key` is used in one of `files`: as a whole word, or through a key-building template. */
function usedIn(files: readonly SourceFile[], key: string): boolean {
	const asWord = new RegExp(`(?<![\\w-])${escape(key)}(?![\\w-])`);
	return files.some(({ code }) => asWord.test(code) || keyTemplates(code).some((t) => t.test(key)));
}

type SourceFile = { code: string; imported?: string };

/** The keys of the English dictionaries that no code uses, as `namespace.key`. */
function unusedKeys(files: readonly SourceFile[], dictionaries: Record<string, Record<string, string>>): string[] {
	const owners = new Map<string, number>();
	for (const entries of Object.values(dictionaries)) for (const key of Object.keys(entries)) owners.set(key, (owners.get(key) ?? 0) + 1);
	const unused: string[] = [];
	for (const [namespace, entries] of Object.entries(dictionaries)) {
		const naming = files.filter(({ code, imported = '' }) => namesNamespace(code, namespace) || namesNamespace(imported, namespace));
		for (const key of Object.keys(entries)) {
			const shared = (owners.get(key) ?? 0) > 1;
			if (!usedIn(shared ? naming : files, key)) unused.push(`${namespace}.${key}`);
		}
	}
	return unused;
}

test('every dictionary key is used in src/', () => {
	const dictionaries = Object.fromEntries(
		Object.entries(english).map(([path, mod]) => [path.replace(/^\.\/en\/(.+)\.ts$/, '$1'), mod.default]),
	);
	expect(unusedKeys(sourceFiles(), dictionaries), 'unused keys: delete them from every locale').toEqual([]);
});

test('a key two namespaces share counts only where its own namespace is named', () => {
	const dictionaries = { plan: { platformLabel: 'Platform' }, prep: { platformLabel: 'Platform:', intro: 'Hi' } };
	const files = [{ code: 'const t = dict.prep; t.intro;' }, { code: 'const l: Dictionary["plan"] = x; l.platformLabel;' }];
	expect(unusedKeys(files, dictionaries)).toEqual(['prep.platformLabel']);
	expect(unusedKeys([...files, { code: "islandLabels(dict, 'prep').platformLabel" }], dictionaries)).toEqual([]);
	// Through a labels type the file imports.
	expect(unusedKeys([...files, { code: 'labels.platformLabel', imported: "type L = Dictionary['prep'];" }], dictionaries)).toEqual([]);
});

test('the scan sees a key used only through a template, and not one used nowhere', () => {
	const templates = keyTemplates('labels[`row${capitalize(key)}`]; el.id = `#${prefix}-tab-${id}`;');
	expect(templates.some((t) => t.test('rowGpu'))).toBe(true);
	expect(templates.some((t) => t.test('comingSoon'))).toBe(false);
});
