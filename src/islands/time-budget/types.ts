/** Props shared by the time-budget island and its parts: labels, messages, platform facts. */
import type { Dictionary } from '~/i18n';
import type { PlatformId } from '~/lib/platform-ids';

/** The `time` dictionary plus the source/date labels every sourced figure uses. */
export type TimeLabels = Dictionary['time'] & Pick<Dictionary['common'], 'sourceLabel' | 'asOfLabel'>;

/** The shared `validation` dictionary: field messages, link notices, copy button. */
export type Messages = Dictionary['validation'];

/** What the island knows of a platform: its name and training-time factor with provenance. */
export interface PlatformInfo {
	id: PlatformId;
	name: string;
	factor: number | null;
	source: string;
	asOf: string;
	/** Why the factor is what it is (or why there is none), in the page's locale. */
	note: string;
}

/** Fixed id of the platform table, so the results can point at its factor fields (one estimator per page). */
export const PLATFORMS_ID = 'time-budget-platforms';

/** What the page passes to each of the estimator's islands. */
export interface IslandProps {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	platforms: PlatformInfo[];
	/** 2 on the tool page (under its h1), 3 inside a guide section. */
	headingLevel?: 2 | 3;
}
