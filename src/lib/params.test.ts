import { describe, expect, test } from 'vitest';
import { numberParam, readParams } from './params';

const PARAMS = {
	attendees: numberParam({ min: 1, max: 100, maxDecimals: 0 }),
	'price-*': { ...numberParam({ min: 0, max: 1000, maxDecimals: 2 }), members: ['price-colab'] },
};

describe('readParams', () => {
	test('a declared name in other capitals is not read, and says so', () => {
		const { values, notices } = readParams(PARAMS, new URLSearchParams('ATTENDEES=30&Price-Colab=9&utm_source=x'));
		expect(values).toEqual({});
		expect(notices.map((n) => [n.param, n.value, n.reason])).toEqual([
			['ATTENDEES', '30', 'unknown-name'],
			['Price-Colab', '9', 'unknown-name'],
		]);
	});

	test('the declared names themselves, and names of nothing declared, raise no such notice', () => {
		const { values, notices } = readParams(PARAMS, new URLSearchParams('attendees=30&price-colab=9&utm_source=x&fbclid=y'));
		expect(values).toEqual({ attendees: 30, 'price-*': { 'price-colab': 9 } });
		expect(notices).toEqual([]);
	});
});
