import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { costParams } from './cost-query';
import { readParams, writeParams } from './params';

const PRICES = ['price-colab', 'price-cocalc', 'price-colab-pro-plus'];
/** The declarations read, in the old flat shape the cases below were written for. */
function parseCostQuery(query: URLSearchParams) {
	const { values, notices } = readParams(costParams(PRICES), query);
	const { attendees, months, fee: feeUsd, gpu: needGpu } = values;
	return {
		...(attendees !== undefined && { attendees }),
		...(months !== undefined && { months }),
		...(feeUsd !== undefined && { feeUsd }),
		...(needGpu !== undefined && { needGpu }),
		prices: (values['price-*'] ?? {}) as Record<string, number>,
		notices,
	};
}
const parse = (query: string) => parseCostQuery(new URLSearchParams(query));

describe('the cost parameters', () => {
	test('reads the acceptance link', () => {
		expect(parse('attendees=30&months=1&price-cocalc=14')).toEqual({
			attendees: 30,
			months: 1,
			prices: { 'price-cocalc': 14 },
			notices: [],
		});
	});

	test('reads fee and tier-specific prices', () => {
		expect(parse('fee=7.5&price-colab-pro-plus=0')).toMatchObject({ feeUsd: 7.5, prices: { 'price-colab-pro-plus': 0 } });
	});

	test('reads gpu=1 and gpu=0, refuses anything else', () => {
		expect(parse('gpu=1').needGpu).toBe(true);
		expect(parse('gpu=0').needGpu).toBe(false);
		expect(parse('').needGpu).toBeUndefined();
		for (const bad of ['yes', 'true', '2', '', '1&gpu=1']) {
			const q = parse(`gpu=${bad}`);
			expect(q.needGpu, bad).toBeUndefined();
			expect(
				q.notices.map((n) => n.param),
				bad,
			).toEqual(['gpu']);
		}
	});

	test.each([
		{ query: 'attendees=abc', param: 'attendees', reason: 'not-whole' },
		{ query: 'attendees=0', param: 'attendees', reason: 'too-small' },
		{ query: 'attendees=10001', param: 'attendees', reason: 'too-large' },
		{ query: 'attendees=2.5', param: 'attendees', reason: 'not-whole' },
		{ query: 'attendees=', param: 'attendees', reason: 'empty' },
		{ query: 'attendees=NaN', param: 'attendees', reason: 'not-whole' },
		{ query: 'attendees=1e999', param: 'attendees', reason: 'not-whole' },
		{ query: 'attendees=3&attendees=4', param: 'attendees', reason: 'repeated' },
		{ query: 'months=25', param: 'months', reason: 'too-large' },
		{ query: 'months=0', param: 'months', reason: 'too-small' },
		{ query: 'fee=-1', param: 'fee', reason: 'too-small' },
		{ query: 'fee=1.234', param: 'fee', reason: 'too-precise' },
		{ query: 'attendees=1.000', param: 'attendees', reason: 'grouped' },
		{ query: 'price-cocalc=-14', param: 'price-cocalc', reason: 'too-small' },
		{ query: 'price-cocalc=100001', param: 'price-cocalc', reason: 'too-large' },
		{ query: 'price-cocalc=Infinity', param: 'price-cocalc', reason: 'not-a-number' },
		{ query: 'price-nope=3', param: 'price-nope', reason: 'unknown-name' },
	])('refuses $query with a notice ($reason)', ({ query, param, reason }) => {
		const q = parse(query);
		expect(q.notices).toEqual([expect.objectContaining({ param, reason })]);
		expect(q.attendees ?? q.months ?? q.feeUsd ?? q.prices[param]).toBeUndefined();
	});

	test('ignores parameters it does not own', () => {
		expect(parse('platform=colab&repo=x')).toEqual({ prices: {}, notices: [] });
	});

	test('never throws on any query string', () => {
		fc.assert(fc.property(fc.string({ maxLength: 300 }), (query) => void parse(query)));
	});

	test('gives every owned parameter of any query a valid value or a notice', () => {
		const name = fc.constantFrom('attendees', 'months', 'fee', 'price-cocalc', 'price-colab', 'price-zzz', 'other');
		fc.assert(
			fc.property(fc.array(fc.tuple(name, fc.string({ maxLength: 40 })), { maxLength: 8 }), (pairs) => {
				const params = new URLSearchParams(pairs);
				const q = parseCostQuery(params);
				const values: Record<string, number | undefined> = { attendees: q.attendees, months: q.months, fee: q.feeUsd, ...q.prices };
				for (const key of new Set(params.keys())) {
					if (key === 'other') continue;
					const noticed = q.notices.some((n) => n.param === key);
					expect(noticed !== (values[key] !== undefined), `${key} is either valid or noticed`).toBe(true);
				}
			}),
		);
	});

	test.each(['attendees', 'months', 'fee', 'price-cocalc'])('returns a valid %s or a notice for any value', (name) => {
		fc.assert(
			fc.property(fc.string({ maxLength: 100 }), (raw) => {
				const q = parse(new URLSearchParams([[name, raw]]).toString());
				const value = { attendees: q.attendees, months: q.months, fee: q.feeUsd }[name] ?? q.prices[name];
				if (value === undefined) {
					expect(q.notices.map((n) => n.param)).toEqual([name]);
				} else {
					expect(Number.isFinite(value) && value >= 0, `${name}=${raw} gave ${value}`).toBe(true);
					expect(q.notices).toEqual([]);
				}
			}),
		);
	});

	test('write what they read: gpu only when 1, prices in declaration order', () => {
		const { values } = readParams(
			costParams(PRICES),
			new URLSearchParams('price-colab-pro-plus=45&fee=2.50&gpu=0&price-colab=0&attendees=012&months=3'),
		);
		expect(writeParams(costParams(PRICES), values).toString()).toBe('attendees=12&months=3&fee=2.5&price-colab=0&price-colab-pro-plus=45');
		expect(writeParams(costParams(PRICES), { gpu: true }).toString()).toBe('gpu=1');
	});
});
