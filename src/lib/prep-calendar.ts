/**
 * The calendar event of a prep link: what "Add to calendar" on `/prep/` and `/plan/`
 * downloads. Built only from validated link details; the texts come from the dictionary.
 */
import { fnv1a } from './hash';
import { buildIcs } from './ics';
import { buildLinkQuery, PREP_KEYS, type LinkDetails } from './prep-link';

/** The dictionary texts the event uses (`{link}` is filled in). */
export interface CalendarTexts {
	defaultSummary: string;
	descriptionLink: string;
	descriptionTodo: string;
	alarm: string;
	fileName: string;
}

/** What names the workshop, as its prep link writes it (a zone with no time left out): not the platform an attendee picks, nor the length. */
const IDENTITY_KEYS = PREP_KEYS.filter((k) => k !== 'platform' && k !== 'session');

/** An `.ics` download: file name and content. */
export interface CalendarFile {
	name: string;
	text: string;
}

/**
 * The calendar file for `details` (which must carry a date) and `link`, the absolute prep
 * link. `minutes` is the length of a timed event. The UID comes from what names the workshop
 * (title, date, start, repository), not from the platform, the length or the page's language:
 * an attendee who downloads again after picking another platform tab updates the one event,
 * and the organiser's file and the attendees' agree.
 */
export function prepCalendar(
	details: LinkDetails & { date: string },
	link: string,
	texts: CalendarTexts,
	minutes: number,
	now: Date,
): CalendarFile {
	const host = URL.canParse(link) ? new URL(link).host : 'workshop-ready';
	const text = buildIcs({
		uid: `${details.date}-${fnv1a(buildLinkQuery(details, IDENTITY_KEYS).toString())}@${host}`,
		stamp: now,
		date: details.date,
		...(details.time ? { time: details.time } : {}),
		...(details.time && details.tz ? { tz: details.tz } : {}),
		minutes,
		summary: details.title || texts.defaultSummary,
		description: `${texts.descriptionLink.replace('{link}', () => link)}\n${texts.descriptionTodo}`,
		url: link,
		alarm: texts.alarm,
	});
	return { name: `${texts.fileName}-${details.date}.ics`, text };
}
