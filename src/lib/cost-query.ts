/**
 * Reading the cost calculator's query parameters. Pure and total: any query string yields the
 * valid values it carries plus a notice for each refused parameter, never an exception.
 */
import { parseChoice, parseNumber, readParam, noticeValue, type NumberSpec, type ParamNotice } from './query';
import { FEE_SPEC, MONTHS_SPEC, PRICE_SPEC } from './cost';

/** Values a link carried; absent or refused parameters are left out. */
export interface CostQuery {
	attendees?: number;
	months?: number;
	feeUsd?: number;
	/** `gpu=1`: attendees need a GPU; `gpu=0`: they do not (the default). */
	needGpu?: boolean;
	/** Price overrides by parameter name (`price-cocalc`), in USD. */
	prices: Record<string, number>;
	notices: ParamNotice[];
}

const numberParser = (spec: NumberSpec) => (raw: string) => parseNumber(raw, spec);

/**
 * Parses `attendees`, `months`, `fee`, `gpu` (`1` or `0`) and every `price-…` parameter. `priceParams` lists the
 * accepted price parameter names; any other `price-…` name gets an `unknown` notice.
 */
export function parseCostQuery(
	params: URLSearchParams,
	attendeesSpec: NumberSpec,
	priceParams: readonly string[],
): CostQuery {
	const notices: ParamNotice[] = [];
	const query: CostQuery = { prices: {}, notices };
	const attendees = readParam(params, 'attendees', numberParser(attendeesSpec), notices);
	const months = readParam(params, 'months', numberParser(MONTHS_SPEC), notices);
	const feeUsd = readParam(params, 'fee', numberParser(FEE_SPEC), notices);
	if (attendees !== undefined) query.attendees = attendees;
	if (months !== undefined) query.months = months;
	if (feeUsd !== undefined) query.feeUsd = feeUsd;
	const gpu = readParam(params, 'gpu', parseChoice(['0', '1'] as const), notices);
	if (gpu !== undefined) query.needGpu = gpu === '1';
	const names = new Set([...params.keys()].filter((name) => name.startsWith('price-')));
	for (const name of names) {
		if (!priceParams.includes(name)) {
			notices.push({ param: noticeValue(name), value: noticeValue(params.getAll(name).join(', ')), reason: 'unknown' });
			continue;
		}
		const price = readParam(params, name, numberParser(PRICE_SPEC), notices);
		if (price !== undefined) query.prices[name] = price;
	}
	return query;
}
