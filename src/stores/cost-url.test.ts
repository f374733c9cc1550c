import { beforeEach, describe, expect, test } from 'vitest';
import { costOptions } from '~/lib/cost-options';
import { PLATFORMS } from '../../test/fixtures/cost-test-data';
import { mergeQuery } from './url-sync';
import { costCodec } from './cost-url';
import { $cost, $priceOverrides, costRowsStore, resetPrice, setPrice } from './cost';
import { DEFAULT_COST } from '~/lib/cost';
import { $workshop, DEFAULT_PLAN } from './workshop';

const OPTIONS = costOptions(PLATFORMS, 'en');
const codec = costCodec(OPTIONS);
const read = (query: string) => codec.read(new URLSearchParams(query));
const written = () => mergeQuery(new URLSearchParams('platform=kaggle&price-old=1'), codec).toString();

beforeEach(() => {
	$workshop.set({ ...DEFAULT_PLAN });
	$cost.set({ ...DEFAULT_COST });
	$priceOverrides.set({});
});

describe('costCodec', () => {
	test('reads the acceptance link into the stores', () => {
		expect(read('attendees=30&months=1&price-cocalc=14')).toEqual([]);
		expect($workshop.get().attendees).toBe(30);
		expect($cost.get().months).toBe(1);
		expect($priceOverrides.get()).toEqual({ 'price-cocalc': 14 });
	});

	test('the results store follows the link: CoCalc at $14 for 30 attendees, one month', () => {
		const $rows = costRowsStore(OPTIONS);
		expect(costRowsStore(OPTIONS), 'one store per data').toBe($rows);
		read('attendees=30&months=1&price-cocalc=14');
		expect($rows.get().find((r) => r.option.param === 'price-cocalc')?.totalCents).toBe(42_000);
		read('attendees=10');
		expect($rows.get().find((r) => r.option.param === 'price-cocalc')?.totalCents).toBe(14_000);
	});

	test('keeps defaults and names the parameter for refused values', () => {
		const notices = read('attendees=-3&months=99&fee=abc&price-codespaces-pay-as-you-go=1');
		expect(notices.map((n) => n.param)).toEqual(['attendees', 'months', 'fee', 'price-codespaces-pay-as-you-go']);
		expect($workshop.get().attendees).toBe(DEFAULT_PLAN.attendees);
		expect($cost.get()).toEqual(DEFAULT_COST);
	});

	test('writes attendees, months and fee always, keeping other tools’ keys', () => {
		expect(written()).toBe('platform=kaggle&attendees=25&months=1&fee=0');
	});

	test.each([
		{ usd: 14, expected: '&price-cocalc=14' },
		{ usd: 2, expected: '' },
	])('writes an edited price $usd only when it differs from the data', ({ usd, expected }) => {
		setPrice('price-cocalc', usd);
		expect(written()).toBe(`platform=kaggle&attendees=25&months=1&fee=0${expected}`);
	});

	test('drops a reset price from the link', () => {
		setPrice('price-colab-pro-plus', 20);
		resetPrice('price-colab-pro-plus');
		expect(written()).not.toContain('price-');
	});

	test('writes gpu only when a GPU is needed', () => {
		read('gpu=1');
		expect(written()).toContain('gpu=1');
		read('gpu=0');
		expect(written()).not.toContain('gpu');
	});

	test('round-trips every value through the link', () => {
		read('attendees=10000&months=24&fee=12.34&gpu=1&price-cocalc=14&price-colab-free=0.5');
		const link = written();
		$workshop.set({ ...DEFAULT_PLAN });
		$cost.set({ ...DEFAULT_COST });
		$priceOverrides.set({});
		expect(read(link).map((n) => n.param)).toEqual([]);
		expect({ a: $workshop.get().attendees, ...$cost.get(), ...$priceOverrides.get() }).toEqual({
			a: 10_000,
			months: 24,
			feeUsd: 12.34,
			needGpu: true,
			'price-cocalc': 14,
			'price-colab-free': 0.5,
		});
	});
});
