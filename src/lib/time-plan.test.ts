import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { estimate, runEpochs } from './time-budget';
import { deriveSecondsPerEpoch, formatPlan, MNIST_RUN, parsePlan, runSecondsPerEpoch, STREETCAR_RUN, TIME_PRESETS } from './time-plan';
import colab from '../../content/platforms/colab.json';

describe('parsePlan', () => {
	test.each([
		{ raw: '1,10,50,50,50,50,20', expected: { ok: true, value: [1, 10, 50, 50, 50, 50, 20] } },
		{ raw: ' 1, 10 ,50 ', expected: { ok: true, value: [1, 10, 50] } },
		{ raw: '100000', expected: { ok: true, value: [100_000] } },
		{ raw: '', expected: { ok: false, reason: 'empty' } },
		{ raw: '1,,2', expected: { ok: false, reason: 'empty', item: 2 } },
		{ raw: '1,2,', expected: { ok: false, reason: 'empty', item: 3 } },
		{ raw: '5,0', expected: { ok: false, reason: 'too-small', item: 2 } },
		{ raw: '5,2.5', expected: { ok: false, reason: 'not-whole', item: 2 } },
		{ raw: '5,-1', expected: { ok: false, reason: 'too-small', item: 2 } },
		{ raw: '100001', expected: { ok: false, reason: 'too-large', item: 1 } },
		{ raw: '1;2', expected: { ok: false, reason: 'not-whole', item: 1 } },
		{ raw: Array(1001).fill('1').join(','), expected: { ok: false, reason: 'too-large' } },
		{ raw: '1'.repeat(20_000), expected: { ok: false, reason: 'too-large' } },
	])('parses "$raw" as $expected', ({ raw, expected }) => {
		expect(parsePlan(raw)).toEqual(expected);
	});

	test('reads 1,000 runs and writes them back unchanged', () => {
		const raw = Array.from({ length: 1000 }, (_, i) => (i % 100_000) + 1).join(',');
		const parsed = parsePlan(raw);
		expect(parsed.ok && formatPlan(parsed.value)).toBe(raw);
	});

	test('never throws and accepts only whole epochs in range', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 400 }), (raw) => {
				const parsed = parsePlan(raw);
				if (parsed.ok) for (const e of parsed.value) expect(Number.isInteger(e) && e >= 1 && e <= 100_000).toBe(true);
			}),
		);
	});
});

describe('deriveSecondsPerEpoch', () => {
	test.each([
		{ epochs: 5, seconds: 12.5, expected: { ok: true, value: 2.5 } },
		{ epochs: 50, seconds: 360, expected: { ok: true, value: 7.2 } },
		{ epochs: 3, seconds: 1, expected: { ok: true, value: 0.333 } },
		{ epochs: 1000, seconds: 1, expected: { ok: false, reason: 'too-small' } },
		{ epochs: 1, seconds: 100_000, expected: { ok: false, reason: 'too-large' } },
		{ epochs: 0, seconds: 10, expected: { ok: false, reason: 'too-small' } },
	])('derives $epochs epochs in $seconds s as $expected', ({ epochs, seconds, expected }) => {
		expect(deriveSecondsPerEpoch(epochs, seconds)).toEqual(expected);
	});
});

describe('presets', () => {
	const base = { mode: 'simple', epochs: 1, runs: 1, plan: [], secondsPerEpoch: 1 } as const;
	test.each([
		// the article: MNIST 5 epochs in 12–13 s; streetcar 50 epochs in about 6 min
		{ id: 'mnist', trainingMs: 12_500 },
		{ id: 'streetcar', trainingMs: 360_000 },
		{ id: 'workshop-2020', trainingMs: 231 * 7_200 },
	])('$id trains for $trainingMs ms on Colab', ({ id, trainingMs }) => {
		const preset = TIME_PRESETS.find((p) => p.id === id);
		const training = { ...base, ...preset?.training };
		const e = estimate({
			sessionMinutes: 180,
			overheadMinutes: 60,
			runs: runEpochs(training),
			secondsPerEpoch: training.secondsPerEpoch,
			factor: 1,
		});
		expect(e.trainingMs).toBe(trainingMs);
	});
});

describe('runSecondsPerEpoch', () => {
	test.each([
		{ timing: { epochs: 5, value: { min: 12, max: 13 }, unit: 'seconds' }, want: 2.5 },
		{ timing: { epochs: 50, value: 6, unit: 'minutes' }, want: 7.2 },
		{ timing: { epochs: 50, value: 732, unit: 'seconds' }, want: 14.6 },
		{ timing: { epochs: 3, value: 10, unit: 'seconds' }, want: 3.3 },
	] as const)('$timing.value $timing.unit over $timing.epochs epochs is $want s per epoch', ({ timing, want }) => {
		expect(runSecondsPerEpoch(timing)).toBe(want);
	});

	test('refuses a timing given as a factor', () => {
		expect(() => runSecondsPerEpoch({ epochs: 5, value: 3, unit: 'factor' })).toThrow(/factor/);
	});

	test('the presets and defaults follow Colab’s timings in the data', () => {
		const { mnist, streetcar } = colab.timings;
		expect(MNIST_RUN).toEqual({ epochs: mnist.epochs, seconds: (mnist.value.min + mnist.value.max) / 2 });
		expect(STREETCAR_RUN.epochs).toBe(streetcar.epochs);
		expect(STREETCAR_RUN.secondsPerEpoch * streetcar.epochs).toBeCloseTo(streetcar.value * 60, 6);
		expect(TIME_PRESETS.map((p) => p.training.secondsPerEpoch)).toEqual([
			runSecondsPerEpoch(mnist as never),
			STREETCAR_RUN.secondsPerEpoch,
			STREETCAR_RUN.secondsPerEpoch,
		]);
	});
});
