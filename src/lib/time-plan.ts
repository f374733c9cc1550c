/**
 * The inputs around the arithmetic: experiment plans as text ("1, 10, 50"), seconds per epoch
 * derived from a measurement, and the article's presets.
 */
import { parseNumber, type InvalidReason, type Parsed } from './query';
import { EPOCHS_SPEC, PLAN_MAX_RUNS, SPE_SPEC, type Training } from './time-budget';
import type { Timing } from './platform-schema';
import { timings as COLAB_TIMINGS } from '../../content/platforms/colab.json';

/** A plan parse outcome; `item` (1-based) names the first bad run, absent when the list is too long. */
export type PlanParsed = { ok: true; value: number[] } | { ok: false; reason: InvalidReason; item?: number };

/** Longest plan text read: 1,000 runs of "100000," plus spaces; anything longer is refused unread. */
const MAX_PLAN_TEXT = PLAN_MAX_RUNS * 10;

/** Parses "1, 10, 50" (commas, optional spaces) into epochs per run; any bad item refuses the plan. */
export function parsePlan(raw: string): PlanParsed {
	const text = raw.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	if (text.length > MAX_PLAN_TEXT) return { ok: false, reason: 'too-large' };
	const items = text.split(',');
	if (items.length > PLAN_MAX_RUNS) return { ok: false, reason: 'too-large' };
	const value: number[] = [];
	for (const [i, item] of items.entries()) {
		const parsed = parseNumber(item, EPOCHS_SPEC);
		if (!parsed.ok) return { ok: false, reason: parsed.reason, item: i + 1 };
		value.push(parsed.value);
	}
	return { ok: true, value };
}

/** The plan as the URL and the field write it: "1,10,50". */
export function formatPlan(plan: readonly number[]): string {
	return plan.join(',');
}

/** Epochs over all runs (the plan's summary line). */
export function totalEpochs(runs: readonly number[]): number {
	return runs.reduce((sum, e) => sum + e, 0);
}

/**
 * Seconds per epoch from "N epochs took M seconds", rounded to the 3 decimals a link carries,
 * and refused (with SPE_SPEC's reasons) when that falls outside the accepted range.
 */
export function deriveSecondsPerEpoch(epochs: number, seconds: number): Parsed<number> {
	if (!(epochs > 0) || !(seconds > 0)) return { ok: false, reason: 'too-small' };
	const value = Math.round((seconds / epochs) * 1000) / 1000;
	if (!(value >= SPE_SPEC.min)) return { ok: false, reason: 'too-small' };
	if (!(value <= SPE_SPEC.max)) return { ok: false, reason: 'too-large' };
	return { ok: true, value };
}

/** Total seconds a measurement may report: the longest epoch times the most epochs. */
export const MEASURED_SECONDS_SPEC = { min: 0.01, max: SPE_SPEC.max * EPOCHS_SPEC.max, maxDecimals: 3 } as const;

/** The 2020 workshop's experiment plan: epochs of each run, in order. */
export const WORKSHOP_2020_PLAN: readonly number[] = [1, 10, 50, 50, 50, 50, 20];

/** A preset: which training inputs it sets (the agenda, session and platform are left alone). */
export interface TimePreset {
	id: 'mnist' | 'streetcar' | 'workshop-2020';
	training: Pick<Training, 'mode' | 'secondsPerEpoch'> & Partial<Training>;
}

/** The part of a sourced timing that gives a duration: seconds or minutes over some epochs. */
type RunTiming = Pick<Timing, 'epochs' | 'value' | 'unit'>;

/** The seconds a timed run took: the middle of a range (MNIST's 12–13 s is 12.5 s). */
function runSeconds({ value, unit }: RunTiming): number {
	if (unit === 'factor') throw new Error('a timing stated as a factor of Colab has no duration');
	const mid = typeof value === 'number' ? value : (value.min + value.max) / 2;
	return mid * (unit === 'minutes' ? 60 : 1);
}

/** Seconds per epoch of a timed run, to a tenth (MNIST: 12.5 s over 5 epochs is 2.5 s; the streetcar: 6 min over 50 is 7.2 s). */
export function runSecondsPerEpoch(timing: RunTiming): number {
	return Math.round((runSeconds(timing) * 10) / timing.epochs) / 10;
}

/** The article's two Colab runs (content/platforms/colab.json): only these values reach the page's code. */
const { mnist, streetcar } = COLAB_TIMINGS as Record<'mnist' | 'streetcar', RunTiming>;

/** The article's MNIST run on Colab, epochs and seconds: the worked example of the "timed a run?" helper. */
export const MNIST_RUN = { epochs: mnist.epochs, seconds: runSeconds(mnist) } as const;

/** The article's streetcar run on Colab, epochs and seconds per epoch: the estimator's default, its time reused by the 2020 plan. */
export const STREETCAR_RUN = { epochs: streetcar.epochs, secondsPerEpoch: runSecondsPerEpoch(streetcar) } as const;

/** The estimator's runs when nothing sets them: the article's streetcar run on Colab (its epochs and per-epoch time from the data), three times. */
export const DEFAULT_TRAINING: Readonly<Training> = {
	mode: 'simple',
	...STREETCAR_RUN,
	runs: 3,
	plan: WORKSHOP_2020_PLAN,
};

/** The article's runs as presets, their epochs and per-epoch times read from Colab's timings. */
export const TIME_PRESETS: readonly TimePreset[] = [
	{ id: 'mnist', training: { mode: 'simple', epochs: mnist.epochs, secondsPerEpoch: runSecondsPerEpoch(mnist), runs: 1 } },
	{ id: 'streetcar', training: { mode: 'simple', ...STREETCAR_RUN, runs: 1 } },
	{ id: 'workshop-2020', training: { mode: 'plan', plan: WORKSHOP_2020_PLAN, secondsPerEpoch: STREETCAR_RUN.secondsPerEpoch } },
];
