import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { quoteFor, quotePosix, quotePowerShell, UnsafeValueError } from './shell-quote';

describe('quotePosix', () => {
	test.each([
		{ value: 'https://github.com/a/b', expected: 'https://github.com/a/b' },
		{ value: 'master', expected: 'master' },
		{ value: 'a b', expected: "'a b'" },
		{ value: "it's", expected: "'it'\\''s'" },
		{ value: '-x', expected: "'-x'" },
		{ value: '', expected: "''" },
		{ value: 'a;b$(c)`d`', expected: "'a;b$(c)`d`'" },
	])('quotes $value as $expected', ({ value, expected }) => {
		expect(quotePosix(value)).toBe(expected);
	});

	test('makes sh read any string back unchanged', () => {
		fc.assert(
			fc.property(
				fc.string({ maxLength: 40 }).filter((s) => !s.includes('\0')),
				(value) => {
					const echoed = execFileSync('sh', ['-c', `printf %s ${quotePosix(value)}`], { encoding: 'utf8' });
					expect(echoed).toBe(value);
				},
			),
			{ numRuns: 60 },
		);
	});
});

describe('quotePowerShell', () => {
	test.each([
		{ value: 'https://github.com/a/b', expected: 'https://github.com/a/b' },
		{ value: 'a b', expected: "'a b'" },
		{ value: "it's", expected: "'it''s'" },
		{ value: 'it\u2019s', expected: "'it\u2019\u2019s'" },
		{ value: '$env:x', expected: "'$env:x'" },
		{ value: '@a', expected: "'@a'" },
		{ value: '-x', expected: "'-x'" },
	])('quotes $value as $expected', ({ value, expected }) => {
		expect(quotePowerShell(value)).toBe(expected);
	});
});

describe('quoteFor', () => {
	test.each(['python', 'ipython'] as const)('passes safe values to %s lines unchanged', (shell) => {
		expect(quoteFor(shell, 'https://github.com/a/b')).toBe('https://github.com/a/b');
	});

	test.each(['{x}', '$HOME', 'a b', "a'b", 'a"b', 'a\\b', 'a;b', 'a\nb'])('refuses %j in an ipython line', (value) => {
		expect(() => quoteFor('ipython', value)).toThrow(UnsafeValueError);
	});

	test('dispatches to the POSIX and PowerShell quoting', () => {
		expect(quoteFor('posix', "a'b")).toBe(quotePosix("a'b"));
		expect(quoteFor('powershell', "a'b")).toBe(quotePowerShell("a'b"));
	});
});
