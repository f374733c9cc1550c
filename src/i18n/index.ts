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

const en = { common, guide, home, compare, format, tools, validation, time, cost, setup, prep, plan };

/** Same keys as English, any string values: the shape every locale's dictionary must have. */
export type Dictionary = { [NS in keyof typeof en]: { [K in keyof (typeof en)[NS]]: string } };

const dictionaries: Partial<Record<Locale, Dictionary>> = { en };

/** The dictionary of a locale (English where a locale is not built). */
export function getDictionary(locale: Locale): Dictionary {
	return dictionaries[locale] ?? en;
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole,
	);
}
