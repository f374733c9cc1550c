/**
 * The instructor's own plan, kept in this browser as the plan page's query string. Only a plan
 * typed here is kept: a page opened from a link (a query that is not the stored plan) is never
 * stored, since link values may be someone else's. Values are validated again by every tool's
 * codec when the stored query is read back, like any link.
 */

import { ownsParam } from './param-names';

/** The localStorage key. */
export const PLAN_STORAGE_KEY = 'wr:plan';

/** Longest query kept; anything longer is not a plan this page wrote. */
const MAX_QUERY = 8_000;

/**
 * Parameters that make a query a plan (at least one must be present): every name the plan
 * page's codecs declare, families as `prefix-*`. Only names: importing the declarations would
 * pull every parser into the script that runs before the page hydrates. A unit test keeps this
 * list equal to the declarations.
 */
export const PLAN_PARAM_NAMES = [
	'platform',
	'repo',
	'branch',
	'folder',
	'notebook',
	'title',
	'date',
	'time',
	'tz',
	'session',
	'attendees',
	'months',
	'fee',
	'gpu',
	'price-*',
	'overhead',
	'agenda',
	'plan',
	'epochs',
	'runs',
	'spe',
	'factor-*',
] as const;

/** The stored text as a plan query, or undefined when it is missing, corrupted or foreign. */
export function storedPlanQuery(text: unknown): string | undefined {
	if (typeof text !== 'string' || text === '' || text.length > MAX_QUERY) return undefined;
	const keys = [...new URLSearchParams(text).keys()];
	if (!keys.every((k) => /^[a-z][a-z0-9-]{0,40}$/.test(k))) return undefined;
	return keys.some((k) => ownsParam(PLAN_PARAM_NAMES, k)) ? text : undefined;
}

/**
 * What the plan page does with the query it was opened with (`?` dropped) and the stored plan:
 * `restore` the stored plan (opened bare), keep and save the `own` plan (bare with nothing
 * stored, or the stored plan itself), or treat it as a `link` that is shown but never stored.
 */
export function planMode(query: string, stored: string | undefined): 'restore' | 'own' | 'link' {
	if (query === '') return stored ? 'restore' : 'own';
	return query === stored ? 'own' : 'link';
}
