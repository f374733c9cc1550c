import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { barPercents, breakEvenCents, costTable, feeCoverage, totalCents, workableFor, type CostInputs } from './cost';
import { costOptions, type CostOption } from './cost-options';
import { PLATFORMS } from '../../test/fixtures/cost-test-data';

const options = costOptions(PLATFORMS, 'en');
const inputs = (over: Partial<CostInputs> = {}): CostInputs => ({ attendees: 25, months: 1, feeUsd: 0, prices: {}, ...over });
const row = (rows: ReturnType<typeof costTable>, param: string) => {
	const r = rows.find((x) => x.option.param === param);
	if (!r) throw new Error(`no row ${param}`);
	return r;
};

describe('totalCents', () => {
	test.each([
		{ attendees: 30, price: 1400, months: 1, expected: 42_000 },
		{ attendees: 25, price: 999, months: 3, expected: 74_925 },
		{ attendees: 1, price: 0, months: 24, expected: 0 },
		{ attendees: 10_000, price: 0, months: 24, expected: 0 },
		{ attendees: 10_000, price: 4999, months: 24, expected: 1_199_760_000 },
		{ attendees: 10_000, price: 10_000_000, months: 24, expected: 2_400_000_000_000 },
	])('is $expected for $attendees × $price¢ × $months months', ({ attendees, price, months, expected }) => {
		expect(totalCents(attendees, price, months)).toBe(expected);
	});
});

describe('breakEvenCents', () => {
	test.each([
		{ total: 42_000, attendees: 30, expected: 1400 },
		{ total: 1000, attendees: 3, expected: 334 },
		{ total: 1, attendees: 10_000, expected: 1 },
		{ total: 0, attendees: 7, expected: 0 },
		{ total: 2_400_000_000_000, attendees: 10_000, expected: 240_000_000 },
	])('rounds $total¢ ÷ $attendees up to $expected¢', ({ total, attendees, expected }) => {
		expect(breakEvenCents(total, attendees)).toBe(expected);
	});
});

describe('feeCoverage', () => {
	test.each([
		{ fee: 1500, attendees: 30, total: 42_000, expected: { kind: 'surplus', cents: 3000 } },
		{ fee: 1000, attendees: 30, total: 42_000, expected: { kind: 'shortfall', cents: 12_000 } },
		{ fee: 1400, attendees: 30, total: 42_000, expected: { kind: 'even', cents: 0 } },
		{ fee: 0, attendees: 25, total: 0, expected: { kind: 'even', cents: 0 } },
		{ fee: 0, attendees: 10_000, total: 1_199_760_000, expected: { kind: 'shortfall', cents: 1_199_760_000 } },
	])('is $expected.kind of $expected.cents¢ for fee $fee¢ × $attendees against $total¢', ({ fee, attendees, total, expected }) => {
		expect(feeCoverage(fee, attendees, total)).toEqual(expected);
	});
});

describe('costTable', () => {
	test('shows $420.00 total and $14.00 per attendee for CoCalc at $14 with 30 attendees for 1 month', () => {
		const r = row(costTable(options, inputs({ attendees: 30, prices: { 'price-cocalc': 14 } })), 'price-cocalc');
		expect(r).toMatchObject({ totalCents: 42_000, perAttendeeCents: 1400, breakEvenCents: 1400, edited: true });
	});

	test.each([
		{ param: 'price-colab', attendees: 25, months: 1, total: 24_975 },
		{ param: 'price-colab-pro-plus', attendees: 10_000, months: 24, total: 1_199_760_000 },
		{ param: 'price-cocalc', attendees: 25, months: 2, total: 10_000 },
		{ param: 'price-cocalc-license', attendees: 25, months: 2, total: 52_500 },
		{ param: 'price-colab-free', attendees: 10_000, months: 24, total: 0 },
	])('totals $param for $attendees attendees × $months months from the data', ({ param, attendees, months, total }) => {
		expect(row(costTable(options, inputs({ attendees, months })), param).totalCents).toBe(total);
	});

	test('uses 2-decimal fees and prices without float drift', () => {
		const r = row(costTable(options, inputs({ attendees: 3, feeUsd: 0.1, prices: { 'price-cocalc': 0.2 } })), 'price-cocalc');
		expect(r).toMatchObject({ totalCents: 60, coverage: { kind: 'shortfall', cents: 30 } });
	});

	test('leaves options not priced per user out of totals', () => {
		const r = row(costTable(options, inputs()), 'price-codespaces-pay-as-you-go');
		expect(r).toMatchObject({ priceUsd: null, totalCents: null, coverage: null, cheapest: false });
	});

	test('marks only workable options tied at the lowest total as cheapest', () => {
		const rows = costTable(options, inputs());
		const cheapest = rows.filter((r) => r.cheapest);
		expect(cheapest.length).toBeGreaterThan(0);
		expect(cheapest.every((r) => r.option.workable === 'yes' && r.totalCents === 0)).toBe(true);
		expect(row(rows, 'price-cocalc-free').cheapest, 'CoCalc free cannot clone').toBe(false);
	});

	test('moves the cheapest mark when free tiers are priced up', () => {
		const prices = Object.fromEntries(options.filter((o) => o.param !== 'price-cocalc').map((o) => [o.param, 99]));
		const rows = costTable(options, inputs({ prices }));
		expect(rows.filter((r) => r.cheapest).map((r) => r.option.param)).toEqual(['price-cocalc']);
	});

	test('marks no option cheapest when none is workable', () => {
		const unworkable = options.map((o): CostOption => ({ ...o, workable: 'unknown' }));
		expect(costTable(unworkable, inputs()).some((r) => r.cheapest)).toBe(false);
	});

	test('with a GPU needed, only tiers with a confirmed GPU are workable, and the GPU is named as the reason', () => {
		const rows = costTable(options, inputs({ needGpu: true }));
		const cheapest = rows.filter((r) => r.cheapest);
		expect(cheapest.length).toBeGreaterThan(0);
		expect(cheapest.every((r) => r.option.gpu === 'yes' && r.option.workable === 'yes')).toBe(true);
		const without = costTable(options, inputs())
			.filter((r) => r.cheapest)
			.map((r) => r.option.param);
		expect(
			cheapest.map((r) => r.option.param),
			'the GPU changes the verdict',
		).not.toEqual(without);
		for (const r of rows) {
			if (r.option.workable !== 'yes')
				expect(r.workable, `${r.option.param}: cloning decides first`).toEqual({ value: r.option.workable, reason: 'clone' });
			else if (r.option.gpu !== 'yes') expect(r.workable, `${r.option.param}: no GPU`).toEqual({ value: r.option.gpu, reason: 'gpu' });
			else if (r.option.gpuBilledOnTop)
				expect(r.workable, `${r.option.param}: the GPU costs more than the seat`).toEqual({ value: 'unknown', reason: 'gpu-on-top' });
			else expect(r.workable.value).toBe('yes');
		}
	});

	test('a GPU matters only when needed', () => {
		fc.assert(
			fc.property(fc.constantFrom(...options), (o) => {
				expect(workableFor(o, false)).toEqual({ value: o.workable, reason: 'clone' });
				expect(workableFor(o, true).value === 'yes').toBe(o.workable === 'yes' && o.gpu === 'yes' && !o.gpuBilledOnTop);
			}),
		);
	});

	test('a tier whose GPU is billed on top of its seat is never the cheapest GPU option at the seat price', () => {
		const onTop = options.filter((o) => o.gpuBilledOnTop);
		expect(
			onTop.map((o) => o.platformId),
			'CoCalc bills its GPUs on compute servers',
		).toContain('cocalc');
		// Even free seats: the GPU is still not paid for.
		const prices = Object.fromEntries(onTop.map((o) => [o.param, 0]));
		const rows = costTable(options, inputs({ prices, needGpu: true }));
		for (const o of onTop) expect(row(rows, o.param).workable).toEqual({ value: 'unknown', reason: 'gpu-on-top' });
		for (const o of onTop) expect(row(rows, o.param).cheapest, `${o.param} is not the cheapest`).toBe(false);
		const without = costTable(options, inputs({ prices }));
		expect(
			without.filter((r) => r.cheapest).map((r) => r.option.param),
			'without a GPU need, a free seat is cheapest',
		).toEqual(expect.arrayContaining([onTop[0]?.param]));
	});

	test('does not mark a price equal to the data as edited', () => {
		expect(row(costTable(options, inputs({ prices: { 'price-cocalc': 2 } })), 'price-cocalc').edited).toBe(false);
	});
});

describe('barPercents', () => {
	test('scales to the largest total and gives zero-width bars when every total is zero', () => {
		const rows = costTable(options, inputs());
		const percents = barPercents(rows);
		expect(Math.max(...percents)).toBe(100);
		expect(percents.every((p) => Number.isFinite(p) && p >= 0 && p <= 100)).toBe(true);
		const zero = costTable(options, inputs({ prices: Object.fromEntries(options.map((o) => [o.param, 0])) }));
		expect(barPercents(zero).every((p) => p === 0)).toBe(true);
	});
});

const attendeesArb = fc.integer({ min: 1, max: 10_000 });
const monthsArb = fc.integer({ min: 1, max: 24 });
/** Prices and fees with at most 2 decimals, 0–100,000 USD. */
const usdArb = fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 100);

describe('cost properties', () => {
	test('totals, per-attendee and break-even amounts are finite non-negative whole cents', () => {
		fc.assert(
			fc.property(attendeesArb, monthsArb, usdArb, usdArb, (attendees, months, price, feeUsd) => {
				for (const r of costTable(options, inputs({ attendees, months, feeUsd, prices: { 'price-cocalc': price } }))) {
					for (const v of [r.totalCents, r.perAttendeeCents, r.breakEvenCents, r.coverage?.cents]) {
						if (v === null || v === undefined) continue;
						expect(Number.isSafeInteger(v) && v >= 0, `${r.option.param}: ${v}`).toBe(true);
					}
				}
			}),
		);
	});

	test('the total never decreases when attendees, months or price grow', () => {
		fc.assert(
			fc.property(attendeesArb, monthsArb, usdArb, fc.nat(100), fc.nat(5), usdArb, (a, m, p, da, dm, dp) => {
				const total = (attendees: number, months: number, price: number) =>
					row(costTable(options, inputs({ attendees, months, prices: { 'price-cocalc': price } })), 'price-cocalc').totalCents ?? -1;
				const base = total(a, m, p);
				expect(total(Math.min(a + da, 10_000), m, p)).toBeGreaterThanOrEqual(base);
				expect(total(a, Math.min(m + dm, 24), p)).toBeGreaterThanOrEqual(base);
				expect(total(a, m, Math.min(p + dp, 100_000))).toBeGreaterThanOrEqual(base);
			}),
		);
	});

	test('break-even fee always covers the total', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 2_400_000_000_000 }), attendeesArb, (total, attendees) => {
				const fee = breakEvenCents(total, attendees);
				expect(feeCoverage(fee, attendees, total).kind).not.toBe('shortfall');
				expect(feeCoverage(fee - 1, attendees, total).kind, 'one cent less falls short').toBe('shortfall');
			}),
		);
	});
});
