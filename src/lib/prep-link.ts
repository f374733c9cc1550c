/**
 * The URL contract of `/setup/` and `/prep/` (also used by the plan page to build the prep
 * link): `platform`, `repo`, `branch`, `folder`, `notebook`, and on `/prep/` `title`,
 * `date`, `time` and `tz`. One parser per parameter serves links and fields alike; building writes only
 * values that parse, so `parseLinkParams(buildPrepQuery(d))` gives back `d`.
 */
import { stripInvisible } from './clipboard';
import { parseTime, parseTimeZone } from './event-time';
import { PLATFORM_IDS, type PlatformId } from './platform-ids';
import { noticeValue, parseChoice, readParam, type ParamNotice, type Parsed } from './query';
import { parseBranch, parseFolder, parseNotebook, parseRepoUrl } from './repo';

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
}
export type LinkKey = keyof LinkDetails;

/** Parameter names in the order a built link lists them. */
export const PREP_KEYS = ['title', 'date', 'time', 'tz', 'platform', 'repo', 'branch', 'folder', 'notebook'] as const satisfies readonly LinkKey[];
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

/** A calendar date as `YYYY-MM-DD` (years 2000–2100); `2026-02-30` is refused. */
export function parseDate(raw: string): Parsed<string> {
	const text = raw.trim();
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return { ok: false, reason: text === '' ? 'empty' : 'rejected' };
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const date = new Date(Date.UTC(y, m - 1, d));
	const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
	return real && y >= 2000 && y <= 2100 ? { ok: true, value: text } : { ok: false, reason: 'rejected' };
}

const asString =
	(parse: (raw: string) => Parsed<{ url: string }>) =>
	(raw: string): Parsed<string> => {
		const parsed = parse(raw);
		return parsed.ok ? { ok: true, value: parsed.value.url } : parsed;
	};

/** The parser of each link parameter. */
export const LINK_PARSERS: { [K in LinkKey]-?: (raw: string) => Parsed<NonNullable<LinkDetails[K]>> } = {
	platform: parseChoice(PLATFORM_IDS),
	repo: asString(parseRepoUrl),
	branch: parseBranch,
	folder: parseFolder,
	notebook: parseNotebook,
	title: parseTitle,
	date: parseDate,
	time: parseTime,
	tz: parseTimeZone,
};

/**
 * Reads `keys` from a query. Refused values become notices (their shown value cleaned of
 * invisible characters); valid ones are returned. Unknown parameters are ignored.
 */
export function parseLinkParams(
	params: URLSearchParams,
	keys: readonly LinkKey[] = PREP_KEYS,
): { details: LinkDetails; notices: ParamNotice[] } {
	const details: LinkDetails = {};
	const notices: ParamNotice[] = [];
	for (const key of keys) {
		const value = readParam<string>(params, key, LINK_PARSERS[key], notices);
		if (value !== undefined) Object.assign(details, { [key]: value });
	}
	return { details, notices: notices.map((n) => ({ ...n, value: noticeValue(stripInvisible(n.value)) })) };
}

/** The query for `details`: each value as its parser returns it, refused ones left out, in `PREP_KEYS` order. */
export function buildLinkQuery(details: LinkDetails, keys: readonly LinkKey[] = PREP_KEYS): URLSearchParams {
	const params = new URLSearchParams();
	for (const key of keys) {
		const value = details[key];
		const parsed = value ? LINK_PARSERS[key](value) : undefined;
		if (parsed?.ok) params.set(key, parsed.value);
	}
	return params;
}

/** A prep link: `path` (e.g. `/prep/`, base included) plus the query for `details`. */
export function buildPrepLink(path: string, details: LinkDetails): string {
	const query = buildLinkQuery(details).toString();
	return query ? `${path}?${query}` : path;
}

/** A parsed `YYYY-MM-DD` date in words for `localeTag` (e.g. "Thursday, December 3, 2026"); the day never shifts with time zones. */
export function formatPrepDate(date: string, localeTag: string): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	return new Intl.DateTimeFormat(localeTag, { dateStyle: 'full', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}
