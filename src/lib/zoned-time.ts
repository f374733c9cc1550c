/**
 * A workshop's start as a UTC instant, with `Intl` alone (no time-zone database of ours). Only
 * the calendar file needs it, so it loads with that file, not with the prep page.
 */

/** Minutes `zone` is ahead of UTC at the instant `utcMs`. */
function offsetMinutes(utcMs: number, zone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
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

/**
 * The UTC instant (ms) of the wall-clock `date` (`YYYY-MM-DD`) and `time` (`HH:MM`) in `zone`.
 * Two passes settle the offset around a daylight-saving change; a wall time skipped by a
 * spring-forward change lands on the instant just after it, as calendar apps do.
 */
export function zonedTimeToUtc(date: string, time: string, zone: string): number {
	const [y = 0, mo = 1, d = 1] = date.split('-').map(Number);
	const [h = 0, mi = 0] = time.split(':').map(Number);
	const wall = Date.UTC(y, mo - 1, d, h, mi);
	const first = wall - offsetMinutes(wall, zone) * 60_000;
	const second = wall - offsetMinutes(first, zone) * 60_000;
	return offsetMinutes(second, zone) === offsetMinutes(first, zone) ? second : Math.max(first, second);
}
