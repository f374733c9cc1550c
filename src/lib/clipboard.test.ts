import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanClipboardText } from './clipboard';

describe('cleanClipboardText', () => {
	test.each([
		{ name: 'plain command', shown: 'git pull origin master', expected: 'git pull origin master' },
		{ name: 'trailing newline', shown: 'git init\n', expected: 'git init' },
		{ name: 'prompt', shown: '$ git init', expected: 'git init' },
		{ name: 'zero-width space', shown: 'git\u200B init', expected: 'git init' },
		{ name: 'bidi override', shown: 'echo \u202Eabc\u202C', expected: 'echo abc' },
		{ name: 'BOM', shown: '\uFEFFgit init', expected: 'git init' },
		{ name: 'CRLF lines', shown: 'a\r\nb\r\n', expected: 'a\nb' },
		{ name: 'escape character', shown: 'ls\u001b[31m', expected: 'ls[31m' },
		{ name: 'no-break space', shown: 'cd\u00A0x', expected: 'cd x' },
	])('cleans a $name', ({ shown, expected }) => {
		expect(cleanClipboardText(shown)).toBe(expected);
	});

	test('never leaves invisible characters or a trailing newline', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (shown) => {
				const out = cleanClipboardText(shown);
				expect(out).not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u);
				expect(out).not.toMatch(/\n$/);
			}),
		);
	});
});
