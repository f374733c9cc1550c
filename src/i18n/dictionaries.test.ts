/**
 * Every locale has every namespace and key that English has, no more, and no empty value;
 * placeholders like `{n}` match too, since a missing one would print a raw brace or lose a number.
 */
import { describe, expect, test } from 'vitest';

const files = import.meta.glob<{ default: Record<string, string> }>('./*/*.ts', { eager: true });
const byLocale = new Map<string, Map<string, Record<string, string>>>();
for (const [path, mod] of Object.entries(files)) {
	const [, locale = '', file = ''] = /^\.\/([^/]+)\/([^/]+)\.ts$/.exec(path) ?? [];
	if (!byLocale.has(locale)) byLocale.set(locale, new Map());
	byLocale.get(locale)!.set(file, mod.default);
}
const english = byLocale.get('en')!;
const others = [...byLocale.keys()].filter((l) => l !== 'en');
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(others)('the %s dictionary', (locale) => {
	const dict = byLocale.get(locale)!;

	test.each([...english.keys()])('has the namespace %s with the same keys as English', (ns) => {
		expect(dict.has(ns), `${locale}/${ns}.ts exists`).toBe(true);
		expect(Object.keys(dict.get(ns) ?? {}).sort()).toEqual(Object.keys(english.get(ns)!).sort());
	});

	test('has no namespace English lacks', () => {
		expect([...dict.keys()].filter((ns) => !english.has(ns))).toEqual([]);
	});

	test('has no empty value and keeps every placeholder', () => {
		const problems: string[] = [];
		for (const [ns, entries] of dict) {
			for (const [key, value] of Object.entries(entries)) {
				if (typeof value !== 'string' || value.trim() === '') problems.push(`${ns}.${key} is empty`);
				const en = english.get(ns)?.[key];
				if (en !== undefined && placeholders(en).join() !== placeholders(value).join()) problems.push(`${ns}.${key} placeholders differ`);
			}
		}
		expect(problems).toEqual([]);
	});
});

test('English values are never empty', () => {
	const empty = [...english].flatMap(([ns, entries]) =>
		Object.entries(entries)
			.filter(([, v]) => typeof v !== 'string' || v.trim() === '')
			.map(([k]) => `${ns}.${k}`),
	);
	expect(empty).toEqual([]);
});

test('every locale of LOCALES has a dictionary folder, and every folder is a locale', async () => {
	const { LOCALES } = await import('./locales');
	expect([...byLocale.keys()].sort()).toEqual([...LOCALES].sort());
});
