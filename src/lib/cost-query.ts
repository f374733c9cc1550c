/**
 * The cost calculator's parameters, declared once (a public contract: links in the wild depend on them).
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
 * attendees, months and fee are always written; a price only when it differs from the data
 * (the store leaves the others out), so a shared link keeps following updated prices unless its
 * sender edited one. A refused or unknown parameter is ignored with a visible notice.
 */
import { FEE_SPEC, MONTHS_SPEC, PRICE_SPEC } from './cost';
import { numberParam, type Param } from './params';
import { parseChoice } from './query';
import { ATTENDEES_PARAM } from './workshop-params';

const gpuChoice = parseChoice(['0', '1'] as const);

/** `gpu`: `1` or `0`. */
const GPU_PARAM: Param<boolean> = {
	parse: (raw) => {
		const parsed = gpuChoice(raw);
		return parsed.ok ? { ok: true, value: parsed.value === '1' } : parsed;
	},
	format: (needGpu) => (needGpu ? '1' : '0'),
	default: false,
};

/** The calculator's parameters; `priceParams` are the accepted `price-…` names (one per priced option). */
export function costParams(priceParams: readonly string[]) {
	return {
		attendees: ATTENDEES_PARAM,
		months: numberParam(MONTHS_SPEC),
		fee: numberParam(FEE_SPEC),
		gpu: GPU_PARAM,
		'price-*': { ...numberParam(PRICE_SPEC), members: priceParams },
	};
}
