/** The island's formatters, bound once to its labels and locale (no arithmetic, only Intl). */
import { formatDuration, formatExactSeconds, formatMinutes, type DurationUnits, type Rounding } from '~/lib/duration';
import type { TimeLabels } from './types';
import { numberFormat } from '~/lib/intl';

/** Formatting functions for durations, shares and counts. */
export interface TimeFormat {
	/** "78 min" (whole minutes; seconds under a minute), rounded as asked (`Rounding`). */
	min: (ms: number, rounding?: Rounding) => string;
	/** "1 h 18 min". */
	dur: (ms: number) => string;
	/** "4,680 s". */
	exact: (ms: number) => string;
	/** "50%". */
	pct: (share: number) => string;
	/** "1,000", "2.5". */
	num: (n: number) => string;
}

/** Builds the formatters for one island. */
export function timeFormat(labels: TimeLabels, tag: string): TimeFormat {
	const units: DurationUnits = {
		days: labels.unitDays,
		hours: labels.unitHours,
		minutes: labels.unitMinutes,
		seconds: labels.unitSeconds,
	};
	const pct = numberFormat(tag, { style: 'percent', maximumFractionDigits: 0 });
	const num = numberFormat(tag, { maximumFractionDigits: 3 });
	return {
		min: (ms, rounding) => formatMinutes(ms, units, tag, rounding),
		dur: (ms) => formatDuration(ms, units, tag),
		exact: (ms) => formatExactSeconds(ms, units, tag),
		pct: (share) => pct.format(Number.isFinite(share) ? share : 0),
		num: (n) => num.format(n),
	};
}
