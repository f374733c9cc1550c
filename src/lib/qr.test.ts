import { describe, expect, test } from 'vitest';
import { encode } from 'uqr';
import { matrixToPath, qrPath } from './qr';

describe('matrixToPath', () => {
	test.each([
		{ name: 'an empty matrix', matrix: [[false, false]], expected: '' },
		{ name: 'one module', matrix: [[false, true]], expected: 'M1 0h1v1h-1z' },
		{ name: 'a run of three', matrix: [[true, true, true]], expected: 'M0 0h3v1h-3z' },
		{ name: 'two runs on two rows', matrix: [[true, false, true], [false, true, false]], expected: 'M0 0h1v1h-1zM2 0h1v1h-1zM1 1h1v1h-1z' },
	])('draws $name', ({ matrix, expected }) => {
		expect(matrixToPath(matrix)).toBe(expected);
	});
});

describe('qrPath', () => {
	test('covers exactly the dark modules of the encoded link', () => {
		const link = 'https://example.org/prep/?title=Deep+learning+night&platform=colab';
		const { size, d } = qrPath(link);
		const { data } = encode(link, { ecc: 'M', border: 2 });
		const dark = data.flat().filter(Boolean).length;
		const drawn = [...d.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(size).toBe(data.length);
		expect(drawn).toBe(dark);
	});

	test('contains only path commands and numbers, whatever the text', () => {
		expect(qrPath('<script>alert(1)</script>"\'&').d).toMatch(/^[Mhvz0-9 -]+$/);
	});
});
