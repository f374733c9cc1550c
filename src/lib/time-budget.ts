/**
 * Time-budget arithmetic: do the training runs plus the rest of the agenda fit in the session?
 * Everything is computed in whole milliseconds (seconds per epoch carry at most 3 decimals,
 * so a reference epoch is a whole number of ms); formatting belongs to the UI (duration.ts).
 */
import { minutesMs, MS_PER_MINUTE } from './duration';
import type { PlatformId } from './platform-ids';
import type { NumberSpec } from './query';

/** Minutes of non-training time (the agenda's total, `overhead` in links): 0 to a whole day. */
export const OVERHEAD_SPEC: NumberSpec = { min: 0, max: 1_440, maxDecimals: 1 };
/** Epochs of one run. */
export const EPOCHS_SPEC: NumberSpec = { min: 1, max: 100_000, integer: true };
/** Seconds per epoch on the reference platform (Colab): 10 ms to a day, at most 3 decimals. */
export const SPE_SPEC: NumberSpec = { min: 0.01, max: 86_400, maxDecimals: 3 };
/** Number of identical runs in simple mode. */
export const RUNS_SPEC: NumberSpec = { min: 1, max: 1_000, integer: true };
/** The platform seconds per epoch are measured on: its factor is 1 by definition, never edited. */
export const REFERENCE_PLATFORM = 'colab' satisfies PlatformId;
/** Training time relative to the reference platform (1 = as fast as Colab). */
export const FACTOR_SPEC: NumberSpec = { min: 0.01, max: 1_000, maxDecimals: 2 };
/** Longest plan accepted, from a link or the field. */
export const PLAN_MAX_RUNS = 1_000;
/** A run longer than this leaves attendees waiting with nothing to do (the article's lesson). */
const LONG_RUN_MS = 20 * MS_PER_MINUTE;

/** Simple mode repeats one run; plan mode lists each run's epochs. */
export type TrainingMode = 'simple' | 'plan';

/** The training described by the inputs, in either mode. */
export interface Training {
	mode: TrainingMode;
	epochs: number;
	secondsPerEpoch: number;
	runs: number;
	plan: readonly number[];
}

/** Epochs of each run in order: `runs` copies of `epochs`, or the plan. */
export function runEpochs({ mode, epochs, runs, plan }: Training): number[] {
	return mode === 'plan' ? [...plan] : Array.from({ length: runs }, () => epochs);
}

/**
 * Milliseconds of one run on a platform. At least 1 ms, so "how many more runs fit" always
 * divides by a positive number even for 1 epoch × 0.01 s × factor 0.01.
 */
export function runMs(epochs: number, secondsPerEpoch: number, factor: number): number {
	return Math.max(1, Math.round(epochs * Math.round(secondsPerEpoch * 1000) * factor));
}

/** What a warning is about; each has a message in the `time` dictionary. */
type TimeWarning = 'long-run' | 'training-over-half' | 'does-not-fit' | 'session-limit';

/** The inputs of one estimate. */
export interface BudgetInput {
	sessionMinutes: number;
	overheadMinutes: number;
	/** Epochs of each run, in order. */
	runs: readonly number[];
	secondsPerEpoch: number;
	factor: number;
	/** The longest session the platform gives (its free tier's), in minutes; null or absent when none is published. */
	sessionLimitMinutes?: number | null | undefined;
}

/** One platform's estimate. All times in ms, all finite and non-negative. */
export interface Estimate {
	runMs: number[];
	trainingMs: number;
	overheadMs: number;
	sessionMs: number;
	usedMs: number;
	leftMs: number;
	overMs: number;
	fits: boolean;
	/** Training time / session length (may exceed 1). */
	trainingShare: number;
	longestRunMs: number;
	/** Runs longer than LONG_RUN_MS. */
	longRuns: number;
	/** Epochs and length of the last run, the "kind" that more runs would repeat. */
	lastEpochs: number;
	lastRunMs: number;
	moreRuns: number;
	/** The platform's longest session in ms, when the workshop is longer (`session-limit`), else null. */
	sessionLimitMs: number | null;
	warnings: TimeWarning[];
}

/**
 * The platform's longest session in ms when the workshop is longer, else null: the platform ends a
 * session before the workshop does, and attendees lose their runtime part-way.
 */
function sessionOverLimit(sessionMinutes: number, limitMinutes: number | null | undefined): number | null {
	return limitMinutes != null && sessionMinutes > limitMinutes ? minutesMs(limitMinutes) : null;
}

/** Training, time used, time left or over, share, warnings for one platform factor. */
export function estimate({ sessionMinutes, overheadMinutes, runs, secondsPerEpoch, factor, sessionLimitMinutes }: BudgetInput): Estimate {
	const each = runs.map((epochs) => runMs(epochs, secondsPerEpoch, factor));
	let trainingMs = 0;
	let longestRunMs = 0;
	let longRuns = 0;
	for (const ms of each) {
		trainingMs += ms;
		longestRunMs = Math.max(longestRunMs, ms);
		if (ms > LONG_RUN_MS) longRuns += 1;
	}
	const overheadMs = minutesMs(overheadMinutes);
	const sessionMs = minutesMs(sessionMinutes);
	const usedMs = trainingMs + overheadMs;
	const leftMs = Math.max(0, sessionMs - usedMs);
	const overMs = Math.max(0, usedMs - sessionMs);
	const lastRunMs = each.at(-1) ?? 0;
	const warnings: TimeWarning[] = [];
	if (longRuns > 0) warnings.push('long-run');
	if (trainingMs * 2 > sessionMs) warnings.push('training-over-half');
	if (overMs > 0) warnings.push('does-not-fit');
	const limitMs = sessionOverLimit(sessionMinutes, sessionLimitMinutes);
	if (limitMs !== null) warnings.push('session-limit');
	return {
		runMs: each,
		trainingMs,
		overheadMs,
		sessionMs,
		usedMs,
		leftMs,
		overMs,
		fits: overMs === 0,
		trainingShare: sessionMs > 0 ? trainingMs / sessionMs : 0,
		longestRunMs,
		longRuns,
		lastEpochs: runs.at(-1) ?? 0,
		lastRunMs,
		moreRuns: lastRunMs > 0 ? Math.floor(leftMs / lastRunMs) : 0,
		sessionLimitMs: limitMs,
		warnings,
	};
}

/** A platform's factor: from the data, a user override, or null when nobody measured it; and its longest session. */
export interface PlatformFactor<Id extends string = string> {
	id: Id;
	factor: number | null;
	sessionLimitMinutes?: number | null | undefined;
}

/** The estimate for every platform, in the given order; null where no factor is known. */
export function estimateAll<Id extends string>(
	input: Omit<BudgetInput, 'factor'>,
	factors: readonly PlatformFactor<Id>[],
): { id: Id; factor: number | null; estimate: Estimate | null; sessionLimitMs: number | null }[] {
	return factors.map(({ id, factor, sessionLimitMinutes }) => ({
		id,
		factor,
		estimate: factor === null ? null : estimate({ ...input, factor, sessionLimitMinutes }),
		// Known with or without a factor: the limit is about the session, not the training.
		sessionLimitMs: sessionOverLimit(input.sessionMinutes, sessionLimitMinutes),
	}));
}
