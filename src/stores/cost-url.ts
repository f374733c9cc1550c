/**
 * The cost calculator's query parameters (a public contract: links in the wild depend on them).
 *
 *   attendees                     whole number 1–10,000 (default 25); shared with the other tools
 *   months                        whole number 1–24, months each paid seat is billed (default 1)
 *   fee                           USD 0–100,000, at most 2 decimals, fee collected per attendee (default 0)
 *   gpu                           1 = attendees need a GPU: only tiers with GPU capability "yes" are
 *                                 workable; 0 or absent = no GPU needed (written only when 1)
 *   price-<platformId>            USD 0–100,000, at most 2 decimals: price per user per month of the
 *                                 platform's default paid tier, or of its free tier where it has no
 *                                 paid tier (price-colab, price-cocalc, price-local, price-kaggle,
 *                                 price-studio-lab, price-codespaces, price-binder)
 *   price-<platformId>-<tierId>   the same for any other current tier of that platform, e.g.
 *                                 price-colab-pro-plus, price-colab-free, price-cocalc-free
 *
 * attendees, months and fee are always written; a price only when it differs from the data,
 * so a shared link keeps following updated prices unless its sender edited one. A refused or
 * unknown parameter is ignored with a visible notice and its default is used.
 */
import type { QueryCodec } from './url-sync';
import type { CostOption } from '~/lib/cost-options';
import { parseCostQuery } from '~/lib/cost-query';
import { $workshop, ATTENDEES_SPEC, setAttendees } from './workshop';
import { $cost, $priceOverrides, setFee, setMonths, setNeedGpu, setPrice } from './cost';

/** The codec for a calculator showing `options`. */
export function costCodec(options: readonly CostOption[]): QueryCodec {
	const priced = options.filter((o) => o.priceUsd !== null);
	return {
		keys: ['attendees', 'months', 'fee', 'gpu', 'price-*'],
		read(params) {
			const q = parseCostQuery(params, ATTENDEES_SPEC, priced.map((o) => o.param));
			if (q.attendees !== undefined) setAttendees(q.attendees);
			if (q.months !== undefined) setMonths(q.months);
			if (q.feeUsd !== undefined) setFee(q.feeUsd);
			if (q.needGpu !== undefined) setNeedGpu(q.needGpu);
			for (const [param, usd] of Object.entries(q.prices)) setPrice(param, usd);
			return q.notices;
		},
		write(params) {
			const { months, feeUsd, needGpu } = $cost.get();
			params.set('attendees', String($workshop.get().attendees));
			params.set('months', String(months));
			params.set('fee', String(feeUsd));
			if (needGpu) params.set('gpu', '1');
			const overrides = $priceOverrides.get();
			for (const o of priced) {
				const usd = overrides[o.param];
				if (usd !== undefined && usd !== o.priceUsd) params.set(o.param, String(usd));
			}
		},
		stores: [$workshop, $cost, $priceOverrides],
	};
}
