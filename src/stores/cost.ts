/**
 * The cost calculator's own state. Attendees live in the shared `$workshop` store; this holds
 * what only the calculator asks for: months billed, the fee per attendee and the prices the
 * user edited (by URL parameter name, in USD). Values arrive validated.
 */
import { computed, map, type ReadableAtom } from 'nanostores';
import { costTable, DEFAULT_COST, type CostRow, type CostSettings } from '~/lib/cost';
import type { CostOption } from '~/lib/cost-options';
import { $attendees } from './workshop';

/** Months billed and fee, as the calculator's fields last validated them. */
export const $cost = map<CostSettings>({ ...DEFAULT_COST });

/** Prices the user edited, by option parameter (`price-cocalc`); absent means "use the data". */
export const $priceOverrides = map<Record<string, number | undefined>>({});

/** Sets the months billed, the fee per attendee (USD) or whether attendees need a GPU (already validated). */
export function setCost<K extends keyof CostSettings>(key: K, value: CostSettings[K]): void {
	$cost.set({ ...$cost.get(), [key]: value });
}

/** Sets an option's price per user per month, in USD. */
export function setPrice(param: string, usd: number): void {
	$priceOverrides.setKey(param, usd);
}

/** Drops an option's edited price so it follows the data again. */
export function resetPrice(param: string): void {
	$priceOverrides.setKey(param, undefined);
}

const byOptions = new WeakMap<readonly CostOption[], ReadableAtom<CostRow[]>>();

/** The results table for `options` (from the platform data): one computed store per data, shared by its island. */
export function costRowsStore(options: readonly CostOption[]): ReadableAtom<CostRow[]> {
	let $rows = byOptions.get(options);
	if (!$rows) {
		$rows = computed([$attendees, $cost, $priceOverrides], (attendees, { months, feeUsd, needGpu }, prices) =>
			costTable(options, { attendees, months, feeUsd, prices, needGpu }),
		);
		byOptions.set(options, $rows);
	}
	return $rows;
}
