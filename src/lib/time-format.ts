/** The time-budget estimator's formatters, bound once to its labels and locale (no arithmetic, only Intl). */
import {
	formatDuration,
	formatExactSeconds,
	formatMinutes,
	formatMinutesSeconds,
	marginInSeconds,
	FIGURE_ROUNDING,
	type Rounding,
	trainingAsShown,
	usedAsShown,
	durationUnits,
} from './duration';
import type { Dictionary } from '~/i18n';
import type { Estimate } from './time-budget';
import { fill } from './fill';
import { numberFormat, pluralForm } from './intl';

/** Formatting functions for durations, shares and counts. */
export interface TimeFormat {
	/** "78 min" (whole minutes; seconds under a minute), to the nearest. */
	min: (ms: number) => string;
	/**
	 * The estimate's figures, each rounded against the plan (lib/duration.ts `Rounding`): training,
	 * time used and time over up, time left down. When the time left or over is under a minute
	 * (`precise`), training and time used show their seconds, taken from the margin as shown, so
	 * training + agenda = used and used ± margin = session still hold on screen.
	 */
	training: (trainingMs: number, usedMs: number, sessionMs: number) => string;
	used: (usedMs: number, sessionMs: number) => string;
	precise: (usedMs: number, sessionMs: number) => boolean;
	left: (ms: number) => string;
	over: (ms: number) => string;
	/** "1 h 18 min", rounded as `rounding` says (to the nearest unless given). */
	dur: (ms: number, rounding?: Rounding) => string;
	/** "4,680 s". */
	exact: (ms: number) => string;
	/** "50%". */
	pct: (share: number) => string;
	/** "1,000", "2.5". */
	num: (n: number) => string;
	/** "1 epoch", "50 epochs". */
	epochs: (n: number) => string;
	/** A stretch of the session as start and end: in minutes, with seconds when minutes would show both ends alike. */
	span: (startMs: number, endMs: number) => [string, string];
}

/** Builds the formatters for one locale and its dictionary's unit and epoch templates. */
export function timeFormat(
	labels: Pick<Dictionary['time'], 'unitDays' | 'unitHours' | 'unitMinutes' | 'unitSeconds' | 'epochsOne' | 'epochsOther'>,
	tag: string,
): TimeFormat {
	const units = durationUnits(labels);
	const pct = numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
	const num = numberFormat(tag, { maximumFractionDigits: 3 });
	return {
		min: (ms) => formatMinutes(ms, units, tag),
		training: (trainingMs, usedMs, sessionMs) =>
			marginInSeconds(usedMs, sessionMs)
				? formatMinutesSeconds(trainingAsShown(trainingMs, usedMs, sessionMs), units, tag)
				: formatMinutes(trainingMs, units, tag, FIGURE_ROUNDING.training),
		used: (usedMs, sessionMs) =>
			marginInSeconds(usedMs, sessionMs)
				? formatMinutesSeconds(usedAsShown(usedMs, sessionMs), units, tag)
				: formatMinutes(usedMs, units, tag, FIGURE_ROUNDING.used),
		precise: marginInSeconds,
		left: (ms) => formatMinutes(ms, units, tag, FIGURE_ROUNDING.left),
		over: (ms) => formatMinutes(ms, units, tag, FIGURE_ROUNDING.over),
		dur: (ms, rounding) => formatDuration(ms, units, tag, rounding),
		exact: (ms) => formatExactSeconds(ms, units, tag),
		pct: (share) => pct.format(Number.isFinite(share) ? share : 0),
		num: (n) => num.format(n),
		span: (startMs, endMs) => {
			const [start, end] = [formatMinutes(startMs, units, tag), formatMinutes(endMs, units, tag)];
			return start === end && startMs !== endMs ? [formatDuration(startMs, units, tag), formatDuration(endMs, units, tag)] : [start, end];
		},
		epochs: (n) => fill(pluralForm(tag, n, { one: labels.epochsOne, other: labels.epochsOther }), { n: num.format(n) }),
	};
}

/**
 * The verdict in words for an estimate: `none` when there is none (no factor for the platform),
 * else `fits` with `{left}` or `over` with `{over}`; each filled with `vars` as well. The results'
 * announcement and the sticky summary say it with their own templates.
 */
export function verdictText(
	f: Pick<TimeFormat, 'left' | 'over'>,
	e: Pick<Estimate, 'fits' | 'leftMs' | 'overMs'> | null | undefined,
	text: { none: string; fits: string; over: string },
	vars: Record<string, string>,
): string {
	if (!e) return fill(text.none, vars);
	return e.fits ? fill(text.fits, { ...vars, left: f.left(e.leftMs) }) : fill(text.over, { ...vars, over: f.over(e.overMs) });
}
