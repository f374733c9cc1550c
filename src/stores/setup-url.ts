/**
 * URL codec of `/setup/` and `/prep/`: reads `platform`, `repo`, `branch`, `folder`,
 * `notebook` (and on `/prep/` `title`, `date`, `time`, `tz`) into `$workshop`, then mirrors the plan's
 * values back. Link values go to stores only, never to storage.
 */
import { SETUP_KEYS, buildLinkQuery, parseLinkParams, type LinkDetails, type LinkKey } from '~/lib/prep-link';
import type { QueryCodec } from './url-sync';
import { $workshop, DEFAULT_PLAN, setDetail, setPlatform, type WorkshopPlan } from './workshop';
import { setLinkDetails } from './setup';

/** A plan's link details: the default platform left out. */
export function planDetails(plan: WorkshopPlan = $workshop.get()): LinkDetails {
	const { platform, repo, branch, folder, notebook, title, date, time, tz } = plan;
	return {
		...(platform !== DEFAULT_PLAN.platform ? { platform } : {}),
		repo,
		branch,
		folder,
		notebook,
		title,
		date,
		time,
		tz,
	};
}

/** A codec for `keys` (the setup page's or the prep page's). */
export function setupCodec(keys: readonly LinkKey[] = SETUP_KEYS): QueryCodec {
	return {
		keys,
		read(params) {
			const { details, notices } = parseLinkParams(params, keys);
			const { platform, ...text } = details;
			if (platform) setPlatform(platform);
			for (const [key, value] of Object.entries(text)) setDetail(key as Exclude<LinkKey, 'platform'>, value);
			setLinkDetails(details);
			return notices;
		},
		write(params) {
			for (const [key, value] of buildLinkQuery(planDetails(), keys)) params.set(key, value);
		},
		stores: [$workshop],
	};
}
