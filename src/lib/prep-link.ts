/**
 * The URL contract of `/setup/` and `/prep/` (also used by the plan page to build the prep
 * link): `platform`, `repo`, `branch`, `folder`, `notebook`, and on `/prep/` `title`,
 * `date`, `time`, `tz` and `session`. One parser per parameter serves links and fields alike; building writes only
 * values that parse, so `parseLinkParams(buildPrepQuery(d))` gives back `d`.
 */
import { stripInvisible } from './clipboard';
import { parseTime, parseTimeZone } from './event-time';
import type { PlatformId } from './platform-ids';
import { pickParams, readParams, writeParams, type Param } from './params';
import { noticeValue, type InvalidReason, type ParamNotice, type Parsed } from './query';
import { DEFAULT_SESSION_MINUTES, PLATFORM_PARAM, SESSION_PARAM } from './workshop-params';
import { parseBranch, parseFolder, parseNotebook, parseRepoUrl, type RepoLink } from './repo';
import { formatDate } from './intl';

/** Workshop details a link may carry; absent = default. `repo` is the canonical URL. */
export interface LinkDetails {
	platform?: PlatformId;
	repo?: string;
	branch?: string;
	folder?: string;
	notebook?: string;
	title?: string;
	date?: string;
	/** Start time `HH:MM` (calendar file only). */
	time?: string;
	/** IANA zone of `time`. */
	tz?: string;
	/** Length in minutes of the event that starts at `time` (calendar file only). */
	session?: number;
}
export type LinkKey = keyof LinkDetails;

/** Parameter names in the order a built link lists them. */
export const PREP_KEYS = [
	'title',
	'date',
	'time',
	'tz',
	'session',
	'platform',
	'repo',
	'branch',
	'folder',
	'notebook',
] as const satisfies readonly LinkKey[];
/** The parameters `/setup/` reads. */
export const SETUP_KEYS = ['platform', 'repo', 'branch', 'folder', 'notebook'] as const satisfies readonly LinkKey[];

/** Longest title shown; longer ones are refused, not cut, so a link never shows half a sentence. */
export const MAX_TITLE = 120;

/** A workshop title: shown only as text; invisible and bidi-control characters removed, spaces collapsed. */
export function parseTitle(raw: string): Parsed<string> {
	const text = stripInvisible(raw.length > MAX_TITLE * 4 ? raw.slice(0, MAX_TITLE * 4 + 1) : raw)
		.replace(/\s+/gu, ' ')
		.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	if ([...text].length > MAX_TITLE) return { ok: false, reason: 'too-large' };
	return { ok: true, value: text };
}

/** Day, month and year, or undefined when the order of day and month cannot be told. */
function dateParts(text: string): [number, number, number] | undefined {
	const ymd = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/.exec(text);
	if (ymd) return [Number(ymd[4]), Number(ymd[3]), Number(ymd[1])];
	const dmy = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/.exec(text);
	if (!dmy) return undefined;
	const [a, b, y] = [Number(dmy[1]), Number(dmy[3]), Number(dmy[4])];
	// 15/12/2026 can only be day first and 12/15/2026 month first; 03/12/2026 could be either.
	if (a > 12 && b <= 12) return [a, b, y];
	if (b > 12 && a <= 12) return [b, a, y];
	return a === b ? [a, a, y] : undefined;
}

/**
 * A calendar date, returned as `YYYY-MM-DD` (years 2000–2100); `2026-02-30` is refused. Also
 * read: one-digit months and days, `/` or `.` between the parts, and day-month-year or
 * month-day-year when only one order is a real date (`15/12/2026`, never `03/12/2026`).
 */
export function parseDate(raw: string): Parsed<string> {
	const text = raw.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	const parts = text.length <= 10 ? dateParts(text) : undefined;
	if (!parts) return { ok: false, reason: 'rejected' };
	const [d, m, y] = parts;
	const date = new Date(Date.UTC(y, m - 1, d));
	const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	if (!real || y < 2000 || y > 2100) return { ok: false, reason: 'rejected' };
	return { ok: true, value: `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

const asString =
	(parse: (raw: string) => Parsed<{ url: string }>) =>
	(raw: string): Parsed<string> => {
		const parsed = parse(raw);
		return parsed.ok ? { ok: true, value: parsed.value.url } : parsed;
	};

/** The link's parameters, in the order a built link lists them. */
export const LINK_PARAMS = {
	title: { parse: parseTitle },
	// No default date, start time or zone: the event is then all-day, or floating.
	date: { parse: parseDate, noDefault: true },
	time: { parse: parseTime, noDefault: true },
	tz: { parse: parseTimeZone, noDefault: true },
	// Written only when the organiser changed it: an attendee's page assumes the same default.
	session: { ...SESSION_PARAM, default: DEFAULT_SESSION_MINUTES },
	platform: PLATFORM_PARAM,
	repo: { parse: asString(parseRepoUrl) },
	branch: { parse: parseBranch },
	folder: { parse: parseFolder },
	notebook: { parse: parseNotebook },
} satisfies { [K in LinkKey]-?: Param<NonNullable<LinkDetails[K]>> };

/**
 * Valid values that only mean something beside another: used only when that one is in the details
 * too. A time or zone has no default to fall back on (the notice says only that it was not used);
 * the session length has one.
 */
const NEEDS = [
	['time', 'date', 'without-date', 'instead'],
	['tz', 'time', 'without-time', 'instead'],
	['session', 'time', 'without-time', undefined],
] as const satisfies readonly (readonly [LinkKey, LinkKey, InvalidReason, ParamNotice['kind']])[];

/** What belongs to the link's repository: not used when the link's `repo` was refused. */
const OF_REPO = ['branch', 'notebook'] as const satisfies readonly LinkKey[];

/** `details` without the values that cannot be used on their own: a `time` with no date, a `tz` with no time. */
export function usableDetails<D extends LinkDetails>(details: D): D {
	return resolveLinkDetails(details, new URLSearchParams()).details;
}

/**
 * The link's valid `values` as the page uses them. A value that cannot be used on its own is
 * dropped with a notice: the `branch` and `notebook` of a repository the link gave but was
 * refused (they belong to it, not to the default one), a `time` with no valid `date`, a `tz`
 * with no valid `time`. Then, when `query` gives no `branch`, the one a branch-page `repo` names.
 */
export function resolveLinkDetails<D extends LinkDetails>(values: D, query: URLSearchParams): { details: D; notices: ParamNotice[] } {
	const details: D = { ...values };
	const notices: ParamNotice[] = [];
	const drop = (key: LinkKey, reason: InvalidReason, kind?: ParamNotice['kind']) => {
		delete details[key];
		notices.push({ param: key, value: noticeValue(query.get(key) ?? ''), reason, ...(kind ? { kind } : {}) });
	};
	// Stores hold '' for a value the plan does not set.
	const given = (key: LinkKey) => details[key] !== undefined && details[key] !== '';
	if (query.has('repo') && !given('repo')) for (const key of OF_REPO) if (given(key)) drop(key, 'without-repo');
	for (const [key, needs, reason, kind] of NEEDS) if (given(key) && !given(needs)) drop(key, reason, kind);
	// What a page address in the link names, where the link does not say it itself.
	const named = namedByRepoPage(query.get('repo') ?? '');
	if (details.repo) for (const key of NAMED_BY_PAGE) if (named[key] && !query.has(key)) details[key] = named[key];
	return { details, notices };
}

/**
 * Reads `keys` from a query. Refused values become notices (see `noticeValue`); valid ones are
 * returned as `resolveLinkDetails` leaves them. Unknown parameters are ignored.
 */
export function parseLinkParams(
	params: URLSearchParams,
	keys: readonly LinkKey[] = PREP_KEYS,
): { details: LinkDetails; notices: ParamNotice[] } {
	const { values, notices } = readParams(pickParams(LINK_PARAMS, keys), params);
	const resolved = resolveLinkDetails(values, params);
	return { details: resolved.details, notices: [...notices, ...resolved.notices] };
}

/** What a repository page's address can name besides the repository. */
export const NAMED_BY_PAGE = ['branch', 'notebook'] as const;

/** The branch and notebook a repository page's address names (`…/tree/<branch>`, `…/blob/main/x.ipynb`), if any. */
export function namedByRepoPage(repo: string): Pick<RepoLink, 'branch' | 'notebook'> {
	const parsed = parseRepoUrl(repo);
	return parsed.ok ? parsed.value : {};
}

/** The query for `details`: each value as its parser returns it, refused and unusable ones (see `usableDetails`) and the default platform left out, in `keys` order. */
export function buildLinkQuery(details: LinkDetails, keys: readonly LinkKey[] = PREP_KEYS): URLSearchParams {
	const usable = usableDetails(details);
	// What the repository's page address names fills what the details leave empty.
	const named = namedByRepoPage(usable.repo ?? '');
	for (const key of NAMED_BY_PAGE) usable[key] ||= named[key] as string;
	return writeParams(pickParams(LINK_PARAMS, keys), usable);
}

/** A prep link: `path` (e.g. `/prep/`, base included) plus the query for `details`. */
export function buildPrepLink(path: string, details: LinkDetails): string {
	const query = buildLinkQuery(details).toString();
	return query ? `${path}?${query}` : path;
}

/** A parsed `YYYY-MM-DD` date in words for `localeTag` (e.g. "Thursday, December 3, 2026"); the day never shifts with time zones. */
export function formatPrepDate(date: string, localeTag: string): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	return formatDate(Date.UTC(y, m - 1, d), localeTag, { dateStyle: 'full' });
}
