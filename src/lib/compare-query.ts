/**
 * `platforms` on /compare/: which platform columns the comparison shows. A public contract:
 *
 *   platforms=<id>,<id>,…   platform ids (comma-separated); the chooser's GET form sends the
 *                           same ids as repeated `platforms=<id>` pairs, which mean the same
 *
 * Every id is checked against PLATFORM_IDS: an unknown id is refused with a notice and left
 * out; when no known id remains (or the value is empty) every platform is shown, the default.
 */
import { PLATFORM_IDS, type PlatformId } from './platform-ids';
import { misnamedParams, noticeValue, type ParamNotice } from './query';

/** The parameter's name. */
export const PLATFORMS_PARAM = 'platforms';

/** Longest value read; a 10 KB link is refused before any splitting. */
const MAX_TEXT = 200;

/** The platforms a link asks to show, in PLATFORM_IDS order, with a notice per refused part (and for `Platforms=`, see `misnamedParams`). */
export function parsePlatformsQuery(params: URLSearchParams): { ids: PlatformId[]; notices: ParamNotice[] } {
	const { ids, notices } = readPlatforms(params);
	return { ids, notices: [...misnamedParams(params, (name) => name === PLATFORMS_PARAM), ...notices] };
}

function readPlatforms(params: URLSearchParams): { ids: PlatformId[]; notices: ParamNotice[] } {
	const all = params.getAll(PLATFORMS_PARAM);
	if (all.length === 0) return { ids: [...PLATFORM_IDS], notices: [] };
	const raw = all.join(',');
	if (raw.length > MAX_TEXT)
		return { ids: [...PLATFORM_IDS], notices: [{ param: PLATFORMS_PARAM, value: noticeValue(raw), reason: 'rejected' }] };
	const parts = raw
		.split(',')
		.map((p) => p.trim())
		.filter((p) => p !== '');
	const wanted = new Set<string>(parts);
	const notices: ParamNotice[] = parts
		.filter((p, i) => !(PLATFORM_IDS as readonly string[]).includes(p) && parts.indexOf(p) === i)
		.map((p) => ({ param: PLATFORMS_PARAM, value: noticeValue(p), reason: 'unknown' }));
	const ids = PLATFORM_IDS.filter((id) => wanted.has(id));
	// The known ids are shown: each unknown one was only left out of the list.
	if (ids.length > 0) return { ids, notices: notices.map((n) => ({ ...n, kind: 'part' })) };
	if (parts.length === 0) notices.push({ param: PLATFORMS_PARAM, value: '', reason: 'empty' });
	return { ids: [...PLATFORM_IDS], notices };
}

/** The value to write: nothing when every platform is shown (the default), else the ids comma-separated. */
export function formatPlatformsParam(ids: readonly PlatformId[]): string | undefined {
	const shown = PLATFORM_IDS.filter((id) => ids.includes(id));
	return shown.length === PLATFORM_IDS.length || shown.length === 0 ? undefined : shown.join(',');
}
