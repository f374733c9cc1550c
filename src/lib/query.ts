/**
 * Strict parsing of numbers typed in a field or read from a URL. One parser serves both, so
 * a value that a link may carry is exactly a value a user may type. Never throws; returns a
 * value or a reason code that the UI turns into a message.
 */
import { fill } from './fill';
import { stripInvisible } from './clipboard';
import { numberFormat } from './intl';

/** Why a value was refused; each code has a message in the `validation` dictionary. */
export type InvalidReason =
	| 'empty'
	| 'not-a-number'
	| 'not-whole'
	/** More digits after the point than the value takes (the limit in `Limits.decimals`). */
	| 'too-precise'
	/** `1.000` where the value takes fewer decimals: a thousand where a dot groups thousands, or 1. */
	| 'grouped'
	| 'too-small'
	| 'too-large'
	| 'repeated'
	| 'unknown'
	/** A name in a family of parameters that has no such member (`price-nowhere`): nothing to apply it to. */
	| 'unknown-name'
	/** Text outside a whitelist (a repo URL, branch, path). */
	| 'rejected'
	/** Valid, but belongs to the link's repository, which was refused (a branch, a notebook). */
	| 'without-repo'
	/** Valid, but only used with a valid `date` (a start time). */
	| 'without-date'
	/** Valid, but only used with a valid `time` (a time zone). */
	| 'without-time'
	/** Valid alone, but another value of the link says otherwise and is used (an `overhead` beside its `agenda`). */
	| 'disagrees';

/** The range a number was refused against, kept so a message can name it. */
export interface Limits {
	min: number;
	max: number;
	/** Digits the value takes after the point (for `too-precise`). */
	decimals?: number;
}

/** A parse outcome; a number out of range also says the range. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: InvalidReason; limits?: Limits };

/** Limits of a numeric input. `integer` refuses decimals; `maxDecimals` caps fraction digits. */
export interface NumberSpec {
	min: number;
	max: number;
	integer?: boolean;
	maxDecimals?: number;
}

/** Longest text a number may be: anything longer is refused before any work (10 KB links). */
const MAX_NUMBER_TEXT = 32;

/**
 * Parses plain decimal notation only (`25`, `7.2`, `0.5`): no sign, exponent, hex, `NaN`
 * or `Infinity`, so `1e999` and `-5` are refused rather than coerced.
 */
export function parseNumber(raw: string, spec: NumberSpec): Parsed<number> {
	const text = raw.trim();
	const limits = { min: spec.min, max: spec.max };
	if (text === '') return { ok: false, reason: 'empty' };
	// Leading zeros add nothing (`0030` is 30), so they do not count toward the length.
	if (text.replace(/^0+(?=\d)/, '').length > MAX_NUMBER_TEXT) return { ok: false, reason: 'too-large', limits };
	if (/^-\s*\d/.test(text)) return { ok: false, reason: 'too-small', limits };
	const match = /^(\d+)(?:\.(\d+))?$/.exec(text) ?? /^()\.(\d+)$/.exec(text);
	// A whole-number field asks for a whole number: "like 25 or 7.5" would invite a refused decimal.
	if (!match) return { ok: false, reason: spec.integer ? 'not-whole' : 'not-a-number' };
	const fraction = match[2] ?? '';
	const value = Number(text);
	if (!Number.isFinite(value)) return { ok: false, reason: 'too-large', limits };
	const decimals = spec.integer ? 0 : (spec.maxDecimals ?? Infinity);
	if (fraction.length > decimals) {
		// A fraction of zeros adds nothing (`3.0`), except three of them: `1.000` is a thousand
		// where a dot groups thousands (German, French…), and reading it as 1 would be 1000× off.
		if (/^0+$/.test(fraction)) {
			// Only where the part before the dot could be a thousands group's head (1–3 digits, no leading 0).
			if (fraction.length === 3 && /^[1-9]\d{0,2}$/.test(match[1] ?? '')) return { ok: false, reason: 'grouped' };
		} else if (spec.integer) return { ok: false, reason: 'not-whole' };
		else return { ok: false, reason: 'too-precise', limits: { ...limits, decimals } };
	}
	if (value < spec.min) return { ok: false, reason: 'too-small', limits };
	if (value > spec.max) return { ok: false, reason: 'too-large', limits };
	return { ok: true, value };
}

/** A URL parameter that was present but refused: shown to the reader as a notice. */
export interface ParamNotice {
	param: string;
	/** The raw value, cut to `MAX_NOTICE_VALUE` characters; only ever rendered as text, apart from the page's sentences. */
	value: string;
	reason: InvalidReason;
	/** For a number out of range: the range, for the message's `{min}`/`{max}`. */
	limits?: Limits;
	/**
	 * What is used instead: the default (absent), the rest of the value (`part`: one id of a list
	 * was left out), or what the reason names (`instead`). Picks the notice's sentence.
	 */
	kind?: 'part' | 'instead';
}

/** Longest refused value shown, ellipsis included: enough to recognise it, too short to carry instructions. */
const MAX_NOTICE_VALUE = 40;

/**
 * A raw URL value for display in a notice: each invisible or control character shown as �, so
 * `25` followed by a hidden one reads as the refused value it is, and none can reorder or hide
 * the text; cut to whole characters (never half a surrogate pair).
 */
export function noticeValue(raw: string): string {
	// Bounded before spreading, so a 10 KB value costs no more than a short one.
	const chars = [...stripInvisible(raw.slice(0, MAX_NOTICE_VALUE * 8), '\uFFFD')];
	return chars.length > MAX_NOTICE_VALUE ? `${chars.slice(0, MAX_NOTICE_VALUE - 1).join('')}…` : chars.join('');
}

/** The notice for `key` of `query`, a name the page has no setting by: its value is not read. */
export function unknownNameNotice(query: URLSearchParams, key: string): ParamNotice {
	return { param: noticeValue(key), value: noticeValue(query.getAll(key).join(', ')), reason: 'unknown-name', kind: 'instead' };
}

/**
 * Notices for the names of `query` that are a page's own (`owns`) only in lowercase (`REPO=`,
 * `Platforms=`): not read, but said, so a typo in a link does not pass unseen.
 */
export function misnamedParams(query: URLSearchParams, owns: (name: string) => boolean): ParamNotice[] {
	return [...new Set(query.keys())].filter((key) => !owns(key) && owns(key.toLowerCase())).map((key) => unknownNameNotice(query, key));
}

/**
 * Reads one parameter with `parse`. Absent → `undefined` and no notice; present but
 * repeated, empty or invalid → `undefined` plus a notice naming it.
 */
export function readParam<T>(
	params: URLSearchParams,
	name: string,
	parse: (raw: string) => Parsed<T>,
	notices: ParamNotice[],
): T | undefined {
	const all = params.getAll(name);
	if (all.length === 0) return undefined;
	if (all.length > 1) {
		notices.push({ param: name, value: noticeValue(all.join(', ')), reason: 'repeated' });
		return undefined;
	}
	const raw = all[0] ?? '';
	const result = parse(raw);
	if (result.ok) return result.value;
	notices.push({ param: name, value: noticeValue(raw), reason: result.reason, ...(result.limits ? { limits: result.limits } : {}) });
	return undefined;
}

/** Parses one of a fixed set of ids (platform ids, modes…). */
export function parseChoice<T extends string>(choices: readonly T[]): (raw: string) => Parsed<T> {
	return (raw) =>
		(choices as readonly string[]).includes(raw.trim())
			? { ok: true, value: raw.trim() as T }
			: { ok: false, reason: raw.trim() === '' ? 'empty' : 'unknown' };
}

/**
 * The message for a refused value from `messages` (keyed by reason): the parameter's own wording
 * where there is one (`rejected:folder`, which says what the value may hold, as its field does);
 * its range written in when the refusal has one ("Must be at most 24."); otherwise the reason's
 * plain wording (`<reason>-plain`) for a size with no number to name (too many items, a name too
 * long), or the message as it is.
 */
export function reasonText(
	messages: Readonly<Record<string, string>>,
	refusal: { reason: string; limits?: Limits; param?: string },
	localeTag: string,
): string {
	const text = (refusal.param && messages[`${refusal.reason}:${refusal.param}`]) || (messages[refusal.reason] ?? refusal.reason);
	if (refusal.limits) return fillLimits(text, refusal.limits, localeTag);
	return /\{(min|max)\}/.test(text) ? (messages[`${refusal.reason}-plain`] ?? text.replace(/\s*\{(min|max)\}/g, '')) : text;
}

/** `reasonText` as a clause inside a notice's brackets: without its own full stop, which would double the sentence's. */
export function reasonClause(
	messages: Readonly<Record<string, string>>,
	refusal: { reason: string; limits?: Limits; param?: string },
	localeTag: string,
): string {
	return reasonText(messages, refusal, localeTag).replace(/[.。]$/u, '');
}

/** `text` with its `{min}`/`{max}`/`{decimals}` placeholders written for the locale (a spec's `maxDecimals` is its `decimals`). */
export function fillLimits(text: string, limits: Limits & { maxDecimals?: number }, localeTag: string): string {
	const fmt = (n: number) => numberFormat(localeTag).format(n);
	return fill(text, { min: fmt(limits.min), max: fmt(limits.max), decimals: fmt(limits.decimals ?? limits.maxDecimals ?? 0) });
}
