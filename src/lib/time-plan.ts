/**
 * The inputs around the arithmetic: experiment plans as text ("1, 10, 50"), seconds per epoch
 * derived from a measurement, and the article's presets.
 */
import { parseNumber, type InvalidReason, type Parsed } from './query';
import { EPOCHS_SPEC, PLAN_MAX_RUNS, SPE_SPEC, type Training } from './time-budget';
import { ARTICLE } from './article';

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

/** The article's figures (Towards Data Science, June 2020) that every preset cites. */
export const ARTICLE_SOURCE = { title: ARTICLE.title, url: ARTICLE.url, asOf: ARTICLE.asOf } as const;

/** The 2020 workshop's experiment plan: epochs of each run, in order. */
export const WORKSHOP_2020_PLAN: readonly number[] = [1, 10, 50, 50, 50, 50, 20];

/** A preset: which training inputs it sets (the agenda, session and platform are left alone). */
export interface TimePreset {
	id: 'mnist' | 'streetcar' | 'workshop-2020';
	training: Pick<Training, 'mode' | 'secondsPerEpoch'> & Partial<Training>;
}

/**
 * MNIST: 5 epochs in 12–13 s on Colab → 12.5 s / 5 = 2.5 s per epoch. Streetcar: 50 epochs in
 * about 6 min → 360 s / 50 = 7.2 s. The 2020 plan reuses the streetcar model's 7.2 s.
 */
export const TIME_PRESETS: readonly TimePreset[] = [
	{ id: 'mnist', training: { mode: 'simple', epochs: 5, secondsPerEpoch: 2.5, runs: 1 } },
	{ id: 'streetcar', training: { mode: 'simple', epochs: 50, secondsPerEpoch: 7.2, runs: 1 } },
	{ id: 'workshop-2020', training: { mode: 'plan', plan: WORKSHOP_2020_PLAN, secondsPerEpoch: 7.2 } },
];
