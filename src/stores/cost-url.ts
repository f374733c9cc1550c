/**
 * Where the cost calculator's link parameters (declared in lib/cost-query.ts) live: attendees in
 * `$workshop`, the rest in the calculator's stores.
 */
import type { CostOption } from '~/lib/cost-options';
import { costParams } from '~/lib/cost-query';
import { paramCodec, type StoreBinding } from './url-sync';
import { WORKSHOP_BINDING } from './url-sync';
import { $cost, $priceOverrides, setCost, setPrice } from './cost';

/** The calculator's own stores; attendees are in `$workshop` (WORKSHOP_BINDING). */
const OWN_STORES = [$cost, $priceOverrides];

/** The stores the calculator's link reads and writes (the ones its bindings declare). */
export const COST_STORES = [...WORKSHOP_BINDING.stores, ...OWN_STORES];

/** The calculator's stores as parameters; a price only when it differs from the data. */
function costBinding(priced: readonly CostOption[]): StoreBinding {
	return {
		stores: OWN_STORES,
		get() {
			const { months, feeUsd, needGpu } = $cost.get();
			const overrides = $priceOverrides.get();
			const edited = priced.filter((o) => overrides[o.param] !== undefined && overrides[o.param] !== o.priceUsd);
			const prices = Object.fromEntries(edited.map((o) => [o.param, overrides[o.param]]));
			return { months, fee: feeUsd, gpu: needGpu, 'price-*': prices };
		},
		set(values) {
			const { months, fee, gpu } = values as { months?: number; fee?: number; gpu?: boolean };
			if (months !== undefined) setCost('months', months);
			if (fee !== undefined) setCost('feeUsd', fee);
			if (gpu !== undefined) setCost('needGpu', gpu);
			for (const [param, usd] of Object.entries((values['price-*'] ?? {}) as Record<string, number>)) setPrice(param, usd);
		},
	};
}

/** The codec for a calculator showing `options`. */
export function costCodec(options: readonly CostOption[]) {
	const priced = options.filter((o) => o.priceUsd !== null);
	return paramCodec(costParams(priced.map((o) => o.param)), [WORKSHOP_BINDING, costBinding(priced)]);
}
