/**
 * The optional start time of a workshop on its prep link: `time` (`HH:MM`, 24-hour clock)
 * and `tz` (an IANA time-zone name such as `Europe/Berlin`). Parsed like every other link
 * parameter; zoned-time.ts turns them into a UTC instant for the calendar file.
 */
import type { Parsed } from './query';

/** A start time as `HH:MM` on a 24-hour clock (`09:30`, `18:00`); `24:00` and `9:30` are refused. */
export function parseTime(raw: string): Parsed<string> {
	const text = raw.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	return /^(?:[01]\d|2[0-3]):[0-5]\d$/.test(text) ? { ok: true, value: text } : { ok: false, reason: 'rejected' };
}

/** Longest zone name accepted; the longest IANA name is about 30 characters. */
const MAX_ZONE = 64;

let zones: Map<string, string> | undefined;
/** The runtime's IANA zones by lower-cased name (built once: `supportedValuesOf` allocates ~400 strings). */
function knownZones(): Map<string, string> {
	zones ??= new Map(['UTC', ...Intl.supportedValuesOf('timeZone')].map((z) => [z.toLowerCase(), z]));
	return zones;
}

/**
 * An IANA time-zone name, checked against `Intl.supportedValuesOf('timeZone')` (any case;
 * given back in the list's spelling). A name the list does not hold but `Intl` accepts (an
 * alias such as `Asia/Kolkata` where the list has `Asia/Calcutta`, `US/Eastern`, `Etc/GMT+5`)
 * is kept as written. Offsets such as `+01:00` are not zone names and are refused.
 */
export function parseTimeZone(raw: string): Parsed<string> {
	const text = raw.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	if (text.length > MAX_ZONE) return { ok: false, reason: 'too-large' };
	if (!/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*$/.test(text)) return { ok: false, reason: 'rejected' };
	const listed = knownZones().get(text.toLowerCase());
	if (listed) return { ok: true, value: listed };
	try {
		// An alias (`US/Eastern`) or a zone the list leaves out (`Etc/GMT+5`, `EST5EDT`): Intl knows
		// it, which is all the calendar file needs (it writes the instant in UTC).
		const resolved = new Intl.DateTimeFormat('en', { timeZone: text }).resolvedOptions().timeZone;
		return { ok: true, value: resolved.toLowerCase() === text.toLowerCase() ? resolved : text };
	} catch {
		// RangeError: not a zone this runtime knows.
	}
	return { ok: false, reason: 'unknown' };
}
