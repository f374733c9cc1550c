/**
 * Durations for people ("6 min", "1 h 30 min", "45 s") and exactly ("4,680 s"), from whole
 * milliseconds. Numbers go through `Intl`; parts are joined by one space (zh-CN reads 1 小时 30 分钟, numbers
 * spaced from Han text as everywhere on the site);
 * the unit words come from the dictionary, because `Intl` has no "1 h" style in English.
 */
import { numberFormat } from './intl';
import { fill } from './fill';

/** Unit templates, each with an `{n}` placeholder (`'{n} min'`). */
export interface DurationUnits {
	days: string;
	hours: string;
	minutes: string;
	seconds: string;
}

/** The unit templates of a dictionary section that carries them (`unitDays` … `unitSeconds`). */
export function durationUnits(labels: { unitDays: string; unitHours: string; unitMinutes: string; unitSeconds: string }): DurationUnits {
	return { days: labels.unitDays, hours: labels.unitHours, minutes: labels.unitMinutes, seconds: labels.unitSeconds };
}

/** One part of a duration: its unit and a non-negative amount. */
export interface DurationPart {
	unit: keyof DurationUnits;
	n: number;
}

/** Milliseconds per minute: the lib computes in whole milliseconds, the UI speaks minutes. */
export const MS_PER_MINUTE = 60_000;
const MINUTE = MS_PER_MINUTE;

/** Whole milliseconds of a number of minutes (agenda items may have tenths of a minute). */
export function minutesMs(minutes: number): number {
	return Math.round(minutes * MS_PER_MINUTE);
}
const HOUR = 60 * MINUTE;

/** Negative, NaN or infinite input reads as 0 / the largest finite value: nothing odd is ever shown. */
const clean = (ms: number) => (Number.isNaN(ms) || ms < 0 ? 0 : Math.min(ms, Number.MAX_VALUE));

/**
 * At most two parts, the smaller rounded: under a minute in seconds with one decimal (12.5 s),
 * then min + s, h + min, d + h. Rounding can carry into the next unit (59 min 59.6 s → 1 h),
 * so each branch rounds first and then decides. The smaller part is rounded as `rounding` says,
 * so "1 h 9 min" and "44 min 59 s" agree with figures of "69 min" (up) and "44 min" (down).
 */
export function durationParts(ms: number, rounding: Rounding = 'nearest'): DurationPart[] {
	const t = clean(ms);
	const tenths = ROUND[rounding](t / 100);
	if (tenths < 600) return [{ unit: 'seconds', n: tenths / 10 }];
	const s = ROUND[rounding](t / 1000);
	if (s < 3600) return pair('minutes', Math.floor(s / 60), 'seconds', s % 60);
	const m = ROUND[rounding](t / MINUTE);
	if (m < 1440) return pair('hours', Math.floor(m / 60), 'minutes', m % 60);
	const h = ROUND[rounding](t / HOUR);
	return pair('days', Math.floor(h / 24), 'hours', h % 24);
}

function pair(big: keyof DurationUnits, a: number, small: keyof DurationUnits, b: number): DurationPart[] {
	return b === 0
		? [{ unit: big, n: a }]
		: [
				{ unit: big, n: a },
				{ unit: small, n: b },
			];
}

const unit = (template: string, n: number, tag: string, digits = 1) =>
	fill(template, { n: numberFormat(tag, { maximumFractionDigits: digits }).format(n) });

/** "1 h 30 min", "6 min", "12.5 s", "2 d 3 h" (the smallest part rounded as `rounding` says). */
export function formatDuration(ms: number, units: DurationUnits, tag: string, rounding: Rounding = 'nearest'): string {
	const parts = durationParts(ms, rounding).map((p) => unit(units[p.unit], p.n, tag));
	// Intl's zh-CN unit list glues parts together (1 小时30 分钟), which breaks the site's spacing rule.
	return parts.join(' ');
}

/**
 * A range, "12–13 s" when both ends are one part in the same unit, else each end in full
 * ("50 s–1 min 10 s"); `range` is the locale's template with `{min}` and `{max}`.
 */
export function formatDurationRange(minMs: number, maxMs: number, units: DurationUnits, tag: string, range: string): string {
	const [a, ...restA] = durationParts(minMs);
	const [b, ...restB] = durationParts(maxMs);
	if (a && b && restA.length === 0 && restB.length === 0 && a.unit === b.unit) {
		const n = (x: number) => numberFormat(tag, { maximumFractionDigits: 1 }).format(x);
		return fill(units[a.unit], { n: fill(range, { min: n(a.n), max: n(b.n) }) });
	}
	return fill(range, { min: formatDuration(minMs, units, tag), max: formatDuration(maxMs, units, tag) });
}

/**
 * How a figure is rounded: to the nearest, or against the plan, so a figure never flatters it:
 * time used and time over up, time left down. Then used + left shows the session it sums to
 * (72.5 + 47.5 min reads 73 + 47, not 73 + 48), and an overrun never reads "0 s over".
 */
export type Rounding = 'nearest' | 'up' | 'down';
const ROUND: Record<Rounding, (x: number) => number> = { nearest: Math.round, up: Math.ceil, down: Math.floor };

/** How each figure of a time estimate is rounded against the plan, in minutes and in hours alike: time used and over up, time left down. */
export const FIGURE_ROUNDING = { training: 'up', used: 'up', left: 'down', over: 'up' } as const satisfies Record<string, Rounding>;

/** Tenths of a second in `ms`, rounded as asked: under a minute of them, a figure is shown in seconds. */
const tenths = (ms: number, rounding: Rounding) => ROUND[rounding](clean(ms) / 100);
const TENTHS_PER_MINUTE = 600;

/**
 * Whether the time left or over beside `usedMs` is under a minute once rounded (left down, over
 * up), so it is shown in seconds: the estimate's other figures then show their seconds too.
 */
export function marginInSeconds(usedMs: number, sessionMs: number): boolean {
	return tenths(Math.abs(sessionMs - usedMs), usedMs <= sessionMs ? 'down' : 'up') < TENTHS_PER_MINUTE;
}

/**
 * Time used as the figures show it when the margin is in seconds: the session less the time left
 * as shown (rounded down), or plus the time over as shown (rounded up), so the two add up to the
 * tenth of a second ("60 min 59 s used, 1 s left"; "61 min 1 s used, over by 1 s").
 */
export function usedAsShown(usedMs: number, sessionMs: number): number {
	const under = usedMs <= sessionMs;
	const margin = tenths(Math.abs(sessionMs - usedMs), under ? 'down' : 'up') * 100;
	return under ? clean(sessionMs) - margin : clean(sessionMs) + margin;
}

/** Training as the figures show it beside `usedAsShown`: the rest of time used is the agenda, shown as is. */
export function trainingAsShown(trainingMs: number, usedMs: number, sessionMs: number): number {
	return usedAsShown(usedMs, sessionMs) - (usedMs - trainingMs);
}

/**
 * Whole minutes ("78 min"), the unit the session length is typed in, so "78 min used of
 * 180 min" compares at a glance. Under a minute it falls back to tenths of seconds ("12.5 s", not "0 min").
 */
export function formatMinutes(ms: number, units: DurationUnits, tag: string, rounding: Rounding = 'nearest'): string {
	const t = tenths(ms, rounding);
	if (t < TENTHS_PER_MINUTE) return unit(units.seconds, t / 10, tag);
	return unit(units.minutes, ROUND[rounding](clean(ms) / MINUTE), tag, 0);
}

/** Whole minutes and the seconds beside them, to the tenth: "61 min 1 s", "1 min 0.5 s", "59 s". */
export function formatMinutesSeconds(ms: number, units: DurationUnits, tag: string): string {
	const t = Math.round(clean(ms) / 100);
	const minutes = Math.floor(t / TENTHS_PER_MINUTE);
	const seconds = unit(units.seconds, (t % TENTHS_PER_MINUTE) / 10, tag);
	if (minutes === 0) return seconds;
	const whole = unit(units.minutes, minutes, tag, 0);
	return t % TENTHS_PER_MINUTE === 0 ? whole : `${whole} ${seconds}`;
}

/** The exact figure, "4,680 s" or "12.5 s" (milliseconds kept as up to 3 decimals). */
export function formatExactSeconds(ms: number, units: DurationUnits, tag: string): string {
	return unit(units.seconds, clean(ms) / 1000, tag, 3);
}

/** ISO 8601 duration for `<time datetime>`: "PT4680S", "PT12.5S". */
export function isoDuration(ms: number): string {
	const s = clean(ms) / 1000;
	return `PT${Number.isFinite(s) ? Number(s.toFixed(3)) : 0}S`;
}
