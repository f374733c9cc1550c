/** Props shared by the time-budget island and its parts: labels, messages, platform facts. */
import type { Dictionary } from '~/i18n';
import type { PlatformId } from '~/lib/platform-ids';
import type { SourceLinkLabels } from '../shared/SourceLink';

/** The `time` dictionary plus the source-link words and the label punctuation from `common`. */
export type TimeLabels = Dictionary['time'] & SourceLinkLabels & Pick<Dictionary['common'], 'labelSeparator'>;

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
	/** The factor is a third-party or unconfirmed figure. */
	uncertain?: boolean;
	/** The longest session the platform's free tier gives, in minutes; null when none is published. */
	sessionLimitMinutes: number | null;
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
	/** False where the page has its own platform field (the plan page's details): one control per value. */
	platformField?: boolean;
}
