/**
 * Per-locale UI dictionaries. Every string a layout or island shows comes from here, so a
 * locale is added by adding its dictionary files, never by touching components.
 */
import type { Locale } from './locales';
import type common from './en/common';
import type guide from './en/guide';
import type home from './en/home';
import type compare from './en/compare';
import type format from './en/format';
import type tools from './en/tools';
import type validation from './en/validation';
import type time from './en/time';
import type cost from './en/cost';
import type setup from './en/setup';
import type prep from './en/prep';
import type plan from './en/plan';
import type calendar from './en/calendar';
import type offline from './en/offline';

type English = {
	common: typeof common;
	guide: typeof guide;
	home: typeof home;
	compare: typeof compare;
	format: typeof format;
	tools: typeof tools;
	validation: typeof validation;
	time: typeof time;
	cost: typeof cost;
	setup: typeof setup;
	prep: typeof prep;
	plan: typeof plan;
	calendar: typeof calendar;
	offline: typeof offline;
};

/** Same keys as English, any string values: the shape every locale's dictionary must have. */
export type Dictionary = { [NS in keyof English]: { [K in keyof English[NS]]: string } };

/** Every locale folder's namespaces (`./zh-cn/plan.ts`…); English's are imported above for the type. */
const files = import.meta.glob<{ default: Record<string, string> }>(['./*/*.ts', '!./*/*.test.ts'], { eager: true });

/**
 * Each locale's dictionary: the namespaces in its folder. Their keys are English's, no more and
 * no fewer, and the folders are `LOCALES` (dictionaries.test.ts checks both), so a new locale is
 * a folder.
 */
function dictionariesByFolder(): Record<Locale, Dictionary> {
	const out: Record<string, Record<string, Record<string, string>>> = {};
	for (const [path, mod] of Object.entries(files)) {
		const [, folder = '', ns = ''] = /^\.\/([^/]+)\/([^/]+)\.ts$/.exec(path) ?? [];
		(out[folder] ??= {})[ns] = mod.default;
	}
	return out as Record<Locale, Dictionary>;
}

/** Built on first use: islands import this module for `islandLabels`, and must not get every dictionary. */
let dictionaries: Record<Locale, Dictionary> | undefined;

/** The dictionary of a locale. */
export function getDictionary(locale: Locale): Dictionary {
	dictionaries ??= dictionariesByFolder();
	return dictionaries[locale];
}

/** The `common` words every island shows beside its own section: source links, lists, punctuation. */
const ISLAND_WORDS = [
	'sourceLabel',
	'sourceFor',
	'asOfLabel',
	'uncertainLabel',
	'listSeparator',
	'labelSeparator',
	'parenthetical',
] as const;

/** Those words, as an island's labels carry them. */
export type IslandWords = Pick<Dictionary['common'], (typeof ISLAND_WORDS)[number]>;

/**
 * The one way an island gets its strings: its dictionary section, less the keys only the page
 * shows (they would be serialised into the HTML for nothing), plus the shared words.
 */
export function islandLabels<S extends keyof Dictionary, P extends keyof Dictionary[S] = never>(
	dict: Dictionary,
	section: S,
	pageOnly: readonly P[] = [],
): Omit<Dictionary[S], P> & IslandWords {
	const own = Object.fromEntries(Object.entries(dict[section]).filter(([key]) => !(pageOnly as readonly string[]).includes(key)));
	const words = Object.fromEntries(ISLAND_WORDS.map((key) => [key, dict.common[key]]));
	return { ...own, ...words } as Omit<Dictionary[S], P> & IslandWords;
}

/** The placeholder filler, here for components that take their text from a dictionary. */
export { fill } from '~/lib/fill';
