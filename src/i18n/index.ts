/**
 * Per-locale UI dictionaries. Every string a layout or island shows comes from here, so a
 * locale is added by adding its dictionary files, never by touching components.
 */
import type { Locale } from './locales';
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

import zhCommon from './zh-cn/common';
import zhGuide from './zh-cn/guide';
import zhHome from './zh-cn/home';
import zhCompare from './zh-cn/compare';
import zhFormat from './zh-cn/format';
import zhTools from './zh-cn/tools';
import zhValidation from './zh-cn/validation';
import zhTime from './zh-cn/time';
import zhCost from './zh-cn/cost';
import zhSetup from './zh-cn/setup';
import zhPrep from './zh-cn/prep';
import zhPlan from './zh-cn/plan';
import zhCalendar from './zh-cn/calendar';
import zhOffline from './zh-cn/offline';

const en = { common, guide, home, compare, format, tools, validation, time, cost, setup, prep, plan, calendar, offline };

/** Same keys as English, any string values: the shape every locale's dictionary must have. */
export type Dictionary = { [NS in keyof typeof en]: { [K in keyof (typeof en)[NS]]: string } };

const zhCn: Dictionary = {
	common: zhCommon,
	guide: zhGuide,
	home: zhHome,
	compare: zhCompare,
	format: zhFormat,
	tools: zhTools,
	validation: zhValidation,
	time: zhTime,
	cost: zhCost,
	setup: zhSetup,
	prep: zhPrep,
	plan: zhPlan,
	calendar: zhCalendar,
	offline: zhOffline,
};

const dictionaries: Record<Locale, Dictionary> = { en, 'zh-cn': zhCn };

/** The dictionary of a locale. */
export function getDictionary(locale: Locale): Dictionary {
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
