import { describe, expect, test } from 'vitest';
import { encode } from 'uqr';
import { matrixToPath, qrPath } from './qr';
import { buildPrepLink, MAX_TITLE, parseLinkParams, type LinkDetails } from './prep-link';
import { MAX_PATH } from './repo';

/** `n` one-letter segments joined by `/` (each `/` takes 3 bytes once encoded). */
const slashes = (n: number) => Array.from({ length: n }, () => 'a').join('/');

/** The longest encoded value each parameter accepts: 4-byte characters in the title, `/` wherever a path allows it. */
const LONGEST_DETAILS: LinkDetails = {
	title: '😀'.repeat(MAX_TITLE),
	date: '2026-12-03',
	platform: 'studio-lab',
	repo: `https://bitbucket.org/${'o'.repeat(39)}/${'n'.repeat(100)}`,
	branch: slashes(MAX_PATH / 2),
	folder: slashes(MAX_PATH / 2),
	notebook: `${slashes((MAX_PATH - 8) / 2)}/x.ipynb`,
};

describe('matrixToPath', () => {
	test.each([
		{ name: 'an empty matrix', matrix: [[false, false]], expected: '' },
		{ name: 'one module', matrix: [[false, true]], expected: 'M1 0h1v1h-1z' },
		{ name: 'a run of three', matrix: [[true, true, true]], expected: 'M0 0h3v1h-3z' },
		{
			name: 'two runs on two rows',
			matrix: [
				[true, false, true],
				[false, true, false],
			],
			expected: 'M0 0h1v1h-1zM2 0h1v1h-1zM1 1h1v1h-1z',
		},
	])('draws $name', ({ matrix, expected }) => {
		expect(matrixToPath(matrix)).toBe(expected);
	});
});

describe('qrPath', () => {
	test('covers exactly the dark modules of the encoded link', () => {
		const link = 'https://example.org/prep/?title=Deep+learning+night&platform=colab';
		const { size, d } = qrPath(link) ?? { size: 0, d: '' };
		const { data } = encode(link, { ecc: 'M', border: 2 });
		const dark = data.flat().filter(Boolean).length;
		const drawn = [...d.matchAll(/h(\d+)v1/g)].reduce((sum, m) => sum + Number(m[1]), 0);
		expect(size).toBe(data.length);
		expect(drawn).toBe(dark);
	});

	test('contains only path commands and numbers, whatever the text', () => {
		expect(qrPath('<script>alert(1)</script>"\'&')?.d).toMatch(/^[Mhvz0-9 -]+$/);
	});

	test('fits up to 2,331 bytes and gives no code (instead of throwing) beyond', () => {
		expect(qrPath('a'.repeat(2331))).toBeDefined();
		expect(qrPath('a'.repeat(2332))).toBeUndefined();
		expect(qrPath('é'.repeat(1166))).toBeUndefined();
		expect(qrPath('x'.repeat(10_240))).toBeUndefined();
	});

	test('gives no code for the longest accepted prep link under a long origin and base', () => {
		const origin = `https://${'workshops-'.repeat(3)}example.org`;
		const base = `/${'course-material/'.repeat(2)}2026/`;
		expect((origin + base).length).toBeGreaterThanOrEqual(58);
		const link = `${origin}${buildPrepLink(`${base}prep/`, LONGEST_DETAILS)}`;
		expect(parseLinkParams(new URLSearchParams(link.slice(link.indexOf('?') + 1))).notices).toEqual([]);
		expect(new TextEncoder().encode(link).length).toBeGreaterThan(2331);
		expect(qrPath(link)).toBeUndefined();
		// The same details under a short origin still fit.
		expect(qrPath(`https://x.org${buildPrepLink('/prep/', { ...LONGEST_DETAILS, title: 'Keras' })}`)).toBeDefined();
	});
});
