/**
 * URL parameters declared as data. A declaration says how one parameter (or a family such as
 * `price-*`) is read and written; `readParams` and `writeParams` do the rest for any set of
 * declarations, so every tool reads links, reports refused values and writes links the same way.
 * The site's declarations: workshop-params.ts, prep-link.ts (LINK_PARAMS), cost-query.ts and time-query.ts.
 */
import { misnamedParams, parseNumber, readParam, unknownNameNotice, type NumberSpec, type ParamNotice, type Parsed } from './query';

/** The event a page's `window` receives each time the tools have written its parameters into its address. */
export const PARAMS_WRITTEN = 'wr:params-written';

/** One parameter: its parser (the one fields use too), how a value is written, and its default. */
export interface Param<T> {
	parse: (raw: string) => Parsed<T>;
	/** The text a value is written as; `String` when absent. */
	format?: (value: T) => string;
	/** A value written as this text is the default and is left out of links; without one, a value is always written. */
	default?: T;
	/** Nothing stands in for a refused value (a date, a start time): its notice says only that it was not used, not that a default applies. */
	noDefault?: true;
	/** For a family (a name ending in `*`): every accepted full name. Any other name with the prefix gets an `unknown-name` notice (kind `instead`: nothing applies). */
	members?: readonly string[];
}

/** Declarations by name; a name ending in `*` declares a family of names with that prefix. */
// `any`: a record of declarations of different value types; each is typed where it is declared.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Params = Record<string, Param<any>>;

/** The value type of a declaration. */
type ValueOf<P> = P extends Param<infer T> ? T : never;

/** Values of a set of declarations: a family's are keyed by full name. Absent = not in the link. */
export type ParamValues<P> = { -readonly [K in keyof P]?: K extends `${string}*` ? Partial<Record<string, ValueOf<P[K]>>> : ValueOf<P[K]> };

/** A number in `spec`'s range, read with the fields' own parser. */
export function numberParam(spec: NumberSpec): Param<number> {
	return { parse: (raw) => parseNumber(raw, spec) };
}

const isFamily = (name: string) => name.endsWith('*');

/** Whether `name` is one of `names`, or belongs to one of its families. */
export function ownsParam(names: readonly string[], name: string): boolean {
	return names.some((n) => (isFamily(n) ? name.startsWith(n.slice(0, -1)) : n === name));
}

/** The declarations named in `names`, in that order. */
export function pickParams<P extends Params, K extends keyof P>(params: P, names: readonly K[]): Pick<P, K> {
	return Object.fromEntries(names.map((name) => [name, params[name]])) as Pick<P, K>;
}

/**
 * Reads every declared parameter of `query`. Absent → left out; repeated, empty, refused or an
 * unknown family member → left out with a notice naming it, and so is a declared name written in
 * other capitals (`REPO=`), a typo that would otherwise pass unseen. Never throws; other names
 * are ignored.
 */
export function readParams<P extends Params>(params: P, query: URLSearchParams): { values: ParamValues<P>; notices: ParamNotice[] } {
	const values: Record<string, unknown> = {};
	const names = Object.keys(params);
	const notices = misnamedParams(query, (name) => ownsParam(names, name));
	for (const [name, param] of Object.entries(params) as [string, Param<unknown>][]) {
		const family = isFamily(name);
		// A single parameter reads as a family of one.
		const keys = family ? new Set([...query.keys()].filter((key) => key.startsWith(name.slice(0, -1)))) : [name];
		const found: Record<string, unknown> = {};
		for (const key of keys) {
			if (family && !param.members?.includes(key)) notices.push(unknownNameNotice(query, key));
			else {
				const before = notices.length;
				const value = readParam(query, key, param.parse, notices);
				if (param.noDefault) for (const notice of notices.slice(before)) notice.kind ??= 'instead';
				if (value !== undefined) found[key] = value;
			}
		}
		const value = family ? found : found[name];
		if (value !== undefined && (!family || Object.keys(found).length > 0)) values[name] = value;
	}
	return { values: values as ParamValues<P>, notices };
}

/** The text to write for `value`, or undefined when it does not parse back or is the default. */
function written<T>(param: Param<T>, value: T): string | undefined {
	const format = param.format ?? String;
	const parsed = param.parse(format(value));
	if (!parsed.ok) return undefined;
	const text = format(parsed.value);
	return param.default !== undefined && text === format(param.default) ? undefined : text;
}

/**
 * Writes `values` into `into` in declaration order (a family in its members' order): only values
 * that parse back, in the form their parser gives, and never a default. Returns `into`.
 */
export function writeParams<P extends Params>(params: P, values: ParamValues<P>, into = new URLSearchParams()): URLSearchParams {
	const all = values as Record<string, unknown>;
	for (const [name, param] of Object.entries(params) as [string, Param<unknown>][]) {
		const value = all[name];
		if (value === undefined) continue;
		const entries = isFamily(name)
			? (param.members ?? []).map((member) => [member, (value as Record<string, unknown>)[member]] as const)
			: ([[name, value]] as const);
		for (const [key, v] of entries) {
			const text = v === undefined ? undefined : written(param, v);
			if (text !== undefined) into.set(key, text);
		}
	}
	return into;
}
