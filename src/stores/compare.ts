/**
 * Which platforms the comparison shows (`platforms` on /compare/, see lib/compare-query.ts),
 * kept in the URL so a link reopens the same columns.
 */
import { atom } from 'nanostores';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import { formatPlatformsParam, parsePlatformsParam, PLATFORMS_PARAM } from '~/lib/compare-query';
import type { QueryCodec } from './url-sync';

/** The platforms shown, in PLATFORM_IDS order; every platform by default. */
export const $shownPlatforms = atom<readonly PlatformId[]>([...PLATFORM_IDS]);

/** Shows or hides one platform; the last one shown stays (an empty table says nothing). */
export function toggleShown(id: PlatformId, shown: boolean): void {
	const current = $shownPlatforms.get();
	const next = PLATFORM_IDS.filter((p) => (p === id ? shown : current.includes(p)));
	if (next.length > 0) $shownPlatforms.set(next);
}

/** Reads and writes `platforms`. */
export const compareCodec: QueryCodec = {
	keys: [PLATFORMS_PARAM],
	read(params) {
		const { ids, notices } = parsePlatformsParam(params);
		$shownPlatforms.set(ids);
		return notices;
	},
	write(params) {
		const value = formatPlatformsParam($shownPlatforms.get());
		if (value !== undefined) params.set(PLATFORMS_PARAM, value);
	},
	stores: [$shownPlatforms],
};
