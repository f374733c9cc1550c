/**
 * The one shared workshop plan. Every island reads it, so the cost calculator, the
 * time-budget estimator and the setup walkthrough on one page always agree.
 *
 * Shape (never persisted as a whole: values from a link must not reach storage):
 *   platform        PlatformId   chosen platform
 *   attendees       1..10,000    whole number
 *   sessionMinutes  1..1,440     session length
 *   repo            canonical https repo URL, or '' for the default repo
 *   branch, folder, notebook, title, date, time, tz   validated strings ('' = default)
 */
import { computed, map } from 'nanostores';
import type { PlatformId } from '~/lib/platform-schema';
import { DEFAULT_PLATFORM } from '~/lib/platform-ids';
import type { LinkDetails } from '~/lib/prep-link';
import { DEFAULT_ATTENDEES, DEFAULT_SESSION_MINUTES } from '~/lib/workshop-params';

/** The shared plan. */
export interface WorkshopPlan {
	platform: PlatformId;
	attendees: number;
	sessionMinutes: number;
	repo: string;
	branch: string;
	folder: string;
	notebook: string;
	title: string;
	date: string;
	/** Start time `HH:MM`, for the calendar file. */
	time: string;
	/** IANA zone of `time`. */
	tz: string;
}

/** Defaults: the article's situation (25 attendees, a 3-hour session on Colab). */
export const DEFAULT_PLAN: Readonly<WorkshopPlan> = {
	platform: DEFAULT_PLATFORM,
	attendees: DEFAULT_ATTENDEES,
	sessionMinutes: DEFAULT_SESSION_MINUTES,
	repo: '',
	branch: '',
	folder: '',
	notebook: '',
	title: '',
	date: '',
	time: '',
	tz: '',
};

export const $workshop = map<WorkshopPlan>({ ...DEFAULT_PLAN });

/**
 * The plan's link details, what the prep link carries. An island that shows some of the plan
 * listens to those keys only (`useStore($workshop, { keys })`), and derived stores read the
 * single values below, so typing one value re-renders only what shows it.
 */
export const LINK_FIELDS = ['platform', 'repo', 'branch', 'folder', 'notebook', 'title', 'date', 'time', 'tz'] as const;
/** The plan as a prep link's details: the session length is the calendar event's (`session`). */
export const linkDetailsOf = (plan: WorkshopPlan): LinkDetails => ({ ...plan, session: plan.sessionMinutes });
/** The number of attendees alone (a store that changes only when it does). */
export const $attendees = computed($workshop, (plan) => plan.attendees);
/** The session length alone. */
export const $sessionMinutes = computed($workshop, (plan) => plan.sessionMinutes);
/** The platform alone. */
export const $platform = computed($workshop, (plan) => plan.platform);

/** Sets the number of attendees (already validated). */
export function setAttendees(attendees: number): void {
	$workshop.setKey('attendees', attendees);
}

/** Sets the session length in minutes (already validated). */
export function setSessionMinutes(minutes: number): void {
	$workshop.setKey('sessionMinutes', minutes);
}

/** Chooses the platform. */
export function setPlatform(platform: PlatformId): void {
	$workshop.setKey('platform', platform);
}

/** Sets any of the plan's text details (already validated). */
export function setDetail(key: 'repo' | 'branch' | 'folder' | 'notebook' | 'title' | 'date' | 'time' | 'tz', value: string): void {
	$workshop.setKey(key, value);
}
