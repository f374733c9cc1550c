/**
 * An iCalendar file (RFC 5545) for a workshop day, built in the browser from the prep link:
 * one VEVENT, all-day (`DTSTART;VALUE=DATE`, `DTEND` the day after) or, with a start time,
 * timed (in UTC when the zone is known, floating local time otherwise), with an optional
 * reminder the day before. Text is escaped (§3.3.11), lines folded at 75 octets (§3.1)
 * without splitting a UTF-8 character, and every line ends in CRLF.
 */
import { zonedTimeToUtc } from './zoned-time';

/** What the calendar file says about the workshop; every value already validated. */
export interface WorkshopEvent {
	/** Stable across downloads of the same link, so a second import updates rather than duplicates. */
	uid: string;
	/** When the file is made (DTSTAMP). */
	stamp: Date;
	/** `YYYY-MM-DD`. */
	date: string;
	/** `HH:MM`: a timed event starting then; absent: an all-day event. */
	time?: string;
	/** IANA zone of `time`; absent: floating time (the same clock time wherever the reader is). */
	tz?: string;
	/** Length of a timed event in minutes. */
	minutes: number;
	summary: string;
	/** Plain text; newlines allowed. */
	description: string;
	/** The prep link (absolute). */
	url: string;
	/** Text of a reminder the day before; absent: no VALARM. */
	alarm?: string;
}

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines; other
 * control characters, which TEXT may not hold, are dropped.
 */
export function escapeText(text: string): string {
	return (
		text
			.replace(/[\\;,]/g, (c) => `\\${c}`)
			.replace(/\r\n|\r|\n/g, '\\n')
			// Control characters other than tab are not allowed in an iCalendar TEXT value.
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
	);
}

/** UTF-8 length of one code point. */
function octets(codePoint: number): number {
	return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * Folds one content line (RFC 5545 §3.1): at most 75 octets per physical line, continuation
 * lines starting with one space; a break never falls inside a UTF-8 character.
 */
export function foldLine(line: string): string {
	const out: string[] = [];
	let current = '';
	let size = 0;
	for (const ch of line) {
		const n = octets(ch.codePointAt(0) ?? 0);
		// A continuation line's leading space counts toward its 75 octets.
		const limit = out.length === 0 ? 75 : 74;
		if (size + n > limit) {
			out.push(current);
			current = '';
			size = 0;
		}
		current += ch;
		size += n;
	}
	out.push(current);
	return out.join('\r\n ');
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** A UTC instant as `YYYYMMDDTHHMMSSZ`. */
function utcStamp(ms: number): string {
	const d = new Date(ms);
	return `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`;
}

/** `YYYY-MM-DD` plus `days` as an iCalendar DATE (`YYYYMMDD`). */
function icsDate(date: string, days = 0): string {
	const [y = 0, m = 1, d = 1] = date.split('-').map(Number);
	return utcStamp(Date.UTC(y, m - 1, d + days)).slice(0, 8);
}

/** DTSTART and DTEND lines of the event. */
function when(e: WorkshopEvent): string[] {
	if (!e.time) return [`DTSTART;VALUE=DATE:${icsDate(e.date)}`, `DTEND;VALUE=DATE:${icsDate(e.date, 1)}`];
	if (e.tz) {
		const start = zonedTimeToUtc(e.date, e.time, e.tz);
		return [`DTSTART:${utcStamp(start)}`, `DTEND:${utcStamp(start + e.minutes * 60_000)}`];
	}
	// Floating time: computed as if UTC, written without the Z.
	const start = Date.parse(`${e.date}T${e.time}:00Z`);
	return [`DTSTART:${utcStamp(start).slice(0, -1)}`, `DTEND:${utcStamp(start + e.minutes * 60_000).slice(0, -1)}`];
}

/** The calendar file for `e`, CRLF line endings, folded, ending with a CRLF. */
export function buildIcs(e: WorkshopEvent, prodId = '-//Workshop Ready//Prep link//EN'): string {
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		`PRODID:${prodId}`,
		'CALSCALE:GREGORIAN',
		// No METHOD: a file to import is not an iTIP message (RFC 5546 would want an ORGANIZER with PUBLISH).
		'BEGIN:VEVENT',
		`UID:${escapeText(e.uid)}`,
		`DTSTAMP:${utcStamp(e.stamp.getTime())}`,
		...when(e),
		`SUMMARY:${escapeText(e.summary)}`,
		`DESCRIPTION:${escapeText(e.description)}`,
		// A URI holds no spaces or control characters: percent-encoded, so none can end the line.
		// eslint-disable-next-line no-control-regex
		`URL:${e.url.replace(/[\u0000-\u0020\u007f]/g, encodeURIComponent)}`,
		// The day before: at the same time for a timed event; for an all-day one at 09:00, not at midnight.
		...(e.alarm
			? ['BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(e.alarm)}`, `TRIGGER:${e.time ? '-P1D' : '-PT15H'}`, 'END:VALARM']
			: []),
		'END:VEVENT',
		'END:VCALENDAR',
	];
	return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
