/**
 * A workshop's start as a UTC instant, with `Intl` alone (no time-zone database of ours). Only
 * the calendar file needs it, so it loads with that file, not with the prep page.
 */
import { dateTimeFormat } from './intl';

/** Minutes `zone` is ahead of UTC at the instant `utcMs`. */
function offsetMinutes(utcMs: number, zone: string): number {
	const parts = dateTimeFormat('en-US', {
		timeZone: zone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(utcMs);
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
	return Math.round((asUtc - Math.floor(utcMs / 1000) * 1000) / 60_000);
}

const DAY_MS = 86_400_000;

/**
 * The UTC instant (ms) of the wall-clock `date` (`YYYY-MM-DD`) and `time` (`HH:MM`) in `zone`,
 * read as RFC 5545 §3.3.5 reads a DATE-TIME with a TZID: a wall time that occurs twice (clocks
 * going back) is its first occurrence; one skipped by clocks going forward takes the offset in
 * force before the gap (02:30 in a gap from 02:00 to 03:00 is 03:30 after it).
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): number {
	const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
	const [h = 0, mi = 0] = time.split(':').map(Number);
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	// The offsets a day either side: no zone changes its clocks twice within two days.
	const before = offsetMinutes(wall - DAY_MS, zone) * 60_000;
	const after = offsetMinutes(wall + DAY_MS, zone) * 60_000;
	// A candidate is real when the zone's offset at that instant is the one it assumed.
	const real = [wall - before, wall - after].filter((t, i) => offsetMinutes(t, zone) * 60_000 === (i ? after : before));
	return real.length ? Math.min(...real) : wall - before;
}
