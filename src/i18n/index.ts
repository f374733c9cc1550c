/**
 * Per-locale UI dictionaries. Every string a layout or island shows comes from here, so a
 * locale is added by adding its dictionary files, never by touching components.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales';
// English, the source language: its namespaces, imported by name, give every locale its shape.
import common from './en/common';
import guide from './en/guide';
import home from './en/home';
import compare from './en/compare';
import format from './en/format';
import tools from './en/tools';
import validation from './en/validation';
import time from './en/time';
import cost from './en/cost';
import setup from './en/setup';
import prep from './en/prep';
import plan from './en/plan';
import calendar from './en/calendar';
import offline from './en/offline';

const en = { common, guide, home, compare, format, tools, validation, time, cost, setup, prep, plan, calendar, offline };

/** Same keys as English, any string values: the shape every locale's dictionary must have. */
export type Dictionary = { [NS in keyof typeof en]: { [K in keyof (typeof en)[NS]]: string } };

/**
 * The other locales' namespaces, found by folder (`./<locale>/<namespace>.ts`): a locale is its
 * folder and its line in locales.ts. Eager, so `getDictionary` stays synchronous; assembled on
 * first use, so code that never asks for a dictionary (the islands) carries none.
 */
const files = import.meta.glob<{ default: Dictionary[keyof Dictionary] }>(['./*/*.ts', '!./en/*.ts'], { eager: true });

let dictionaries: Record<Locale, Dictionary> | undefined;

/** Every locale's dictionary, each namespace of English from its folder; a missing file fails the build. */
function assemble(): Record<Locale, Dictionary> {
	const namespaces = Object.keys(en) as (keyof Dictionary)[];
	const of = (locale: Locale) =>
		Object.fromEntries(
			namespaces.map((ns) => {
				const file = files[`./${locale}/${ns}.ts`];
				if (!file) throw new Error(`src/i18n/${locale}/${ns}.ts is missing: every locale has each of English's namespaces.`);
				return [ns, file.default];
			}),
		) as Dictionary;
	return Object.fromEntries(LOCALES.map((locale) => [locale, locale === DEFAULT_LOCALE ? en : of(locale)])) as Record<Locale, Dictionary>;
}

/** The dictionary of a locale. */
export function getDictionary(locale: Locale): Dictionary {
	dictionaries ??= assemble();
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
