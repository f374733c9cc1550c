/**
 * The instructor's own plan, kept in this browser as the plan page's query string. Only a plan
 * typed here is kept: a page opened from a link (a query that is not the stored plan) is never
 * stored, since link values may be someone else's. Values are validated again by every tool's
 * codec when the stored query is read back, like any link.
 */

/** The localStorage key. */
export const PLAN_STORAGE_KEY = 'wr:plan';

/** Longest query kept; anything longer is not a plan this page wrote. */
const MAX_QUERY = 8_000;

/**
 * Parameters that make a query a plan (at least one must be present): every name the plan
 * page's codecs declare, families as `prefix-*`. Only names, matched here as `ownsParam` matches
 * them: this runs in the plan page's first script, and importing the declarations (or even
 * params.ts) would load the parsers before the page hydrates. A unit test keeps the list equal
 * to the declarations and the match equal to `ownsParam`'s.
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

/** Whether `key` is one of `PLAN_PARAM_NAMES` or a member of one of its families. */
const isPlanParam = (key: string): boolean => PLAN_PARAM_NAMES.some((n) => (n.endsWith('*') ? key.startsWith(n.slice(0, -1)) : n === key));

/** The stored text as a plan query, or undefined when it is missing, corrupted or foreign. */
export function storedPlanQuery(text: unknown): string | undefined {
	if (typeof text !== 'string' || text === '' || text.length > MAX_QUERY) return undefined;
	const keys = [...new URLSearchParams(text).keys()];
	if (!keys.every((k) => /^[a-z][a-z0-9-]{0,40}$/.test(k))) return undefined;
	return keys.some(isPlanParam) ? text : undefined;
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
