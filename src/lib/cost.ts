/**
 * Workshop cost arithmetic, in integer cents so no floating-point drift reaches a total:
 * dollars are converted once at the edge with `dollarsToCents`, then only whole numbers are
 * multiplied. The largest total (10,000 attendees × $100,000 × 24 months) is 2.4e12 cents,
 * far inside the safe-integer range.
 */
import type { NumberSpec } from './query';
import type { CostOption } from './cost-options';
import type { CapabilityValue } from './platform-schema';
import { dollarsToCents } from './format';

/** Months each paid seat is billed. */
export const MONTHS_SPEC: NumberSpec = { min: 1, max: 24, integer: true };
/** Fee collected per attendee, in USD. */
export const FEE_SPEC: NumberSpec = { min: 0, max: 100_000, maxDecimals: 2 };

/** Months billed and fee per attendee (USD). */
export interface CostSettings {
	months: number;
	feeUsd: number;
	/** Attendees need a GPU (`gpu=1`): only tiers with one count as workable. */
	needGpu: boolean;
}

/** Defaults: one month, no fee, no GPU needed. */
export const DEFAULT_COST: Readonly<CostSettings> = { months: 1, feeUsd: 0, needGpu: false };
/** An edited price per user per month, in USD. */
export const PRICE_SPEC: NumberSpec = { min: 0, max: 100_000, maxDecimals: 2 };

/** The calculator's inputs, already validated. Prices are the user's overrides by option param, in USD. */
export interface CostInputs {
	attendees: number;
	months: number;
	feeUsd: number;
	prices: Readonly<Record<string, number | undefined>>;
	/** Attendees need a GPU (`gpu=1`): only tiers whose GPU capability is `yes` are workable. */
	needGpu?: boolean;
}

/** Whether an option is workable for these inputs, and which capability decided it. */
export interface Workable {
	value: CapabilityValue;
	/**
	 * `clone` when cloning the repo decides (or everything is fine), `gpu` when the missing GPU
	 * does, `gpu-on-top` when the GPU is billed on top of the price, so the total leaves it out.
	 */
	reason: 'clone' | 'gpu' | 'gpu-on-top';
}

/**
 * Workable means the tier can clone the repo and, when attendees need a GPU, has one: only a
 * confirmed `yes` counts, and the first capability short of it is the reason shown.
 */
export function workableFor(option: CostOption, needGpu = false): Workable {
	if (option.workable !== 'yes') return { value: option.workable, reason: 'clone' };
	if (needGpu && option.gpu !== 'yes') return { value: option.gpu, reason: 'gpu' };
	// Not confirmed at this price: the seat alone is not what a GPU workshop pays.
	if (needGpu && option.gpuBilledOnTop) return { value: 'unknown', reason: 'gpu-on-top' };
	return { value: 'yes', reason: 'clone' };
}

/** Whether fees cover the total; `cents` is the surplus or shortfall as a non-negative amount. */
export interface Coverage {
	kind: 'surplus' | 'shortfall' | 'even';
	cents: number;
}

/** Results for one option; the money fields are null when the option is not priced per user. */
export interface CostRow {
	option: CostOption;
	/** The price in use, USD (the override or the data's), or null. */
	priceUsd: number | null;
	/** The same price in cents. */
	priceCents: number | null;
	/** Whether the user's price differs from the data's. */
	edited: boolean;
	totalCents: number | null;
	perAttendeeCents: number | null;
	breakEvenCents: number | null;
	coverage: Coverage | null;
	/** Workable and cheapest among workable options (every option tied at the minimum). */
	cheapest: boolean;
	workable: Workable;
}

/** Total for a group: attendees × price per user per month × months. */
export function totalCents(attendees: number, priceCents: number, months: number): number {
	return attendees * priceCents * months;
}

/** The smallest whole-cent fee per attendee that covers `total` (rounded up, never short). */
export function breakEvenCents(total: number, attendees: number): number {
	return Math.ceil(total / attendees);
}

/** Fees collected minus the total, as surplus, shortfall or exactly even. */
export function feeCoverage(feeCents: number, attendees: number, total: number): Coverage {
	const diff = feeCents * attendees - total;
	return { kind: diff > 0 ? 'surplus' : diff < 0 ? 'shortfall' : 'even', cents: Math.abs(diff) };
}

/** The price an option uses: the user's override, else the data's. */
export function priceInUse(option: CostOption, prices: CostInputs['prices']): number | null {
	if (option.priceUsd === null) return null;
	return prices[option.param] ?? option.priceUsd;
}

/** One row per option, with the cheapest workable option(s) marked. */
export function costTable(options: readonly CostOption[], inputs: CostInputs): CostRow[] {
	const feeCents = dollarsToCents(inputs.feeUsd);
	const rows = options.map((option): CostRow => {
		const priceUsd = priceInUse(option, inputs.prices);
		const priceCents = priceUsd === null ? null : dollarsToCents(priceUsd);
		const workable = workableFor(option, inputs.needGpu);
		const base = { option, priceUsd, priceCents, edited: priceUsd !== option.priceUsd, cheapest: false, workable };
		if (priceCents === null) return { ...base, totalCents: null, perAttendeeCents: null, breakEvenCents: null, coverage: null };
		const total = totalCents(inputs.attendees, priceCents, inputs.months);
		return {
			...base,
			totalCents: total,
			perAttendeeCents: totalCents(1, priceCents, inputs.months),
			breakEvenCents: breakEvenCents(total, inputs.attendees),
			coverage: feeCoverage(feeCents, inputs.attendees, total),
		};
	});
	const workable = rows.filter((r) => r.workable.value === 'yes' && r.totalCents !== null);
	const min = Math.min(...workable.map((r) => r.totalCents ?? Infinity));
	for (const r of workable) r.cheapest = r.totalCents === min;
	return rows;
}

/** Bar lengths for the chart, as a percentage of the largest total (0 when every total is 0). */
export function barPercents(rows: readonly CostRow[]): number[] {
	const max = Math.max(0, ...rows.map((r) => r.totalCents ?? 0));
	return rows.map((r) => (max > 0 && r.totalCents ? Math.round((r.totalCents / max) * 1000) / 10 : 0));
}
