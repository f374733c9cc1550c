import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, estimateAll, runEpochs, runMs, type BudgetInput } from './time-budget';

const MIN = 60_000;
/** The acceptance case: 180-min session, 60 min agenda, 3 runs of 50 epochs at 7.2 s. */
const article: BudgetInput = { sessionMinutes: 180, overheadMinutes: 60, runs: [50, 50, 50], secondsPerEpoch: 7.2, factor: 1 };

describe('runMs', () => {
	test.each([
		// streetcar: 50 × 7.2 s = 6 min on Colab, 30 min on CoCalc (factor 5), 12 min locally (2)
		{ epochs: 50, spe: 7.2, factor: 1, expected: 6 * MIN },
		{ epochs: 50, spe: 7.2, factor: 5, expected: 30 * MIN },
		{ epochs: 50, spe: 7.2, factor: 2, expected: 12 * MIN },
		// MNIST: 5 × 2.5 s = 12.5 s
		{ epochs: 5, spe: 2.5, factor: 1, expected: 12_500 },
		{ epochs: 3, spe: 0.333, factor: 1, expected: 999 },
		{ epochs: 1, spe: 0.01, factor: 0.01, expected: 1 },
		{ epochs: 7, spe: 1.1, factor: 3.3, expected: 25_410 },
	])('times $epochs epochs at $spe s with factor $factor as $expected ms', ({ epochs, spe, factor, expected }) => {
		expect(runMs(epochs, spe, factor)).toBe(expected);
	});
});

describe('estimate', () => {
	test.each([
		{ name: 'Colab', factor: 1, training: 18, used: 78, left: 102, over: 0, fits: true, warnings: [] },
		{ name: 'CoCalc', factor: 5, training: 90, used: 150, left: 30, over: 0, fits: true, warnings: ['long-run'] },
		{ name: 'local', factor: 2, training: 36, used: 96, left: 84, over: 0, fits: true, warnings: [] },
		{
			name: 'a slow machine',
			factor: 10,
			training: 180,
			used: 240,
			left: 0,
			over: 60,
			fits: false,
			warnings: ['long-run', 'training-over-half', 'does-not-fit'],
		},
	])('puts the article plan on $name at $training min training, $used used, $left left', (row) => {
		const e = estimate({ ...article, factor: row.factor });
		expect(e.trainingMs).toBe(row.training * MIN);
		expect(e.usedMs).toBe(row.used * MIN);
		expect(e.leftMs).toBe(row.left * MIN);
		expect(e.overMs).toBe(row.over * MIN);
		expect(e.fits).toBe(row.fits);
		expect(e.warnings).toEqual(row.warnings);
	});

	test.each([
		// exactly half the session training is not "more than half"
		{ overhead: 0, runs: [50, 50, 50, 50, 50], factor: 3, share: 0.5, warnings: [] },
		{ overhead: 0, runs: [50, 50, 50, 50, 50, 1], factor: 3, share: 0.504, warnings: ['training-over-half'] },
		// a run of exactly 20 min is not "longer than 20 minutes"
		{ overhead: 60, runs: [100], factor: 1.6666, share: 0.111, warnings: [] },
		{ overhead: 170, runs: [50], factor: 2, share: 0.0667, warnings: ['does-not-fit'] },
	])('warns $warnings for $runs at factor $factor', ({ overhead, runs, factor, share, warnings }) => {
		const e = estimate({ sessionMinutes: 180, overheadMinutes: overhead, runs, secondsPerEpoch: 7.2, factor });
		expect(e.trainingShare).toBeCloseTo(share, 2);
		expect(e.warnings).toEqual(warnings);
	});

	test.each([
		{ factor: 1, more: 38, lastEpochs: 20 },
		{ factor: 5, more: 0, lastEpochs: 20 },
	])('counts $more more runs of the last kind in the 2020 plan at factor $factor', ({ factor, more, lastEpochs }) => {
		const e = estimate({ ...article, runs: [1, 10, 50, 50, 50, 50, 20], factor });
		// 231 epochs × 7.2 s = 27.72 min; 180 − 60 − 27.72 = 92.28 min left; a 20-epoch run is 2.4 min
		expect(e.moreRuns).toBe(more);
		expect(e.lastEpochs).toBe(lastEpochs);
	});
});

describe('the platform’s session limit', () => {
	test.each([
		{ session: 600, limit: 240, warned: true },
		{ session: 240, limit: 240, warned: false },
		{ session: 241, limit: 240, warned: true },
		{ session: 1_440, limit: null, warned: false },
		{ session: 1_440, limit: undefined, warned: false },
	])('a $session min workshop where sessions last $limit min: warned $warned', ({ session, limit, warned }) => {
		const e = estimate({ ...article, sessionMinutes: session, sessionLimitMinutes: limit });
		expect(e.warnings.includes('session-limit')).toBe(warned);
		expect(e.sessionLimitMs).toBe(warned ? (limit ?? 0) * MIN : null);
		// A limit says nothing about whether the plan fits the session itself.
		expect(e.fits).toBe(estimate({ ...article, sessionMinutes: session }).fits);
	});

	test('estimateAll carries each platform’s own limit', () => {
		const all = estimateAll({ ...article, sessionMinutes: 300 }, [
			{ id: 'a', factor: 1, sessionLimitMinutes: 240 },
			{ id: 'b', factor: 1, sessionLimitMinutes: 360 },
			{ id: 'c', factor: null, sessionLimitMinutes: 60 },
		]);
		expect(all.map((p) => p.estimate?.warnings.includes('session-limit') ?? null)).toEqual([true, false, null]);
	});
});

describe('runEpochs and estimateAll', () => {
	test.each([
		{ mode: 'simple', expected: [50, 50, 50] },
		{ mode: 'plan', expected: [1, 10, 50] },
	] as const)('lists the runs of $mode mode', ({ mode, expected }) => {
		expect(runEpochs({ mode, epochs: 50, runs: 3, secondsPerEpoch: 7.2, plan: [1, 10, 50] })).toEqual(expected);
	});

	test('estimates every platform and none without a factor', () => {
		const { factor: _, ...input } = article;
		const all = estimateAll(input, [
			{ id: 'colab', factor: 1 },
			{ id: 'kaggle', factor: null },
		]);
		expect(all.map((p) => [p.id, p.estimate?.trainingMs ?? null])).toEqual([
			['colab', 18 * MIN],
			['kaggle', null],
		]);
	});
});

const inputArb = fc.record({
	sessionMinutes: fc.integer({ min: 1, max: 1_440 }),
	overheadMinutes: fc.integer({ min: 0, max: 14_400 }).map((t) => t / 10),
	runs: fc.array(fc.integer({ min: 1, max: 100_000 }), { minLength: 1, maxLength: 50 }),
	secondsPerEpoch: fc.integer({ min: 10, max: 86_400_000 }).map((ms) => ms / 1000),
	factor: fc.integer({ min: 1, max: 100_000 }).map((h) => h / 100),
});

describe('properties', () => {
	test('every figure is finite and non-negative', () => {
		fc.assert(
			fc.property(inputArb, (input) => {
				const e = estimate(input);
				for (const [key, value] of Object.entries(e)) {
					if (typeof value !== 'number') continue;
					expect(Number.isFinite(value), key).toBe(true);
					expect(value, key).toBeGreaterThanOrEqual(0);
				}
				expect(e.leftMs === 0 || e.overMs === 0).toBe(true);
			}),
		);
	});

	test('time used never decreases when epochs, runs, seconds per epoch or a factor grow', () => {
		fc.assert(
			fc.property(inputArb, fc.nat({ max: 3 }), fc.integer({ min: 1, max: 1000 }), (input, which, step) => {
				const grown: BudgetInput =
					which === 0
						? { ...input, runs: input.runs.map((r) => Math.min(100_000, r + step)) }
						: which === 1
							? { ...input, runs: [...input.runs, step] }
							: which === 2
								? { ...input, secondsPerEpoch: Math.min(86_400, input.secondsPerEpoch + step / 1000) }
								: { ...input, factor: Math.min(1000, input.factor + step / 100) };
				expect(estimate(grown).usedMs).toBeGreaterThanOrEqual(estimate(input).usedMs);
			}),
		);
	});
});
