import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { cleanClipboardText, stripInvisible } from './clipboard';

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

describe('stripInvisible', () => {
	test.each([
		{ text: 'a\u200D💻', want: 'a💻' },
		{ text: '💻\u200Da', want: '💻a' },
		{ text: '💻\u200D', want: '💻' },
		{ text: 'x\uFE0F', want: 'x' },
		{ text: '1\uFE0F', want: '1' },
		{ text: '1\uFE0Fa', want: '1a' },
		{ text: 'x\uFE0F\u20E3', want: 'x\u20E3' },
		{ text: '💻\u200D\u200D💻', want: '💻💻' },
		{ text: '💻\u200B\u200D💻', want: '💻💻' },
	])('keeps a joiner only between two pictographs: $text', ({ text, want }) => {
		expect(stripInvisible(text)).toBe(want);
	});

	test.each([
		{ name: 'zero-width and joiners', chars: ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'] },
		{ name: 'bidi controls', chars: ['\u200E', '\u200F', '\u061C', '\u202A', '\u202E', '\u2066', '\u2069'] },
		{ name: 'soft hyphen and invisible operators', chars: ['\u00AD', '\u2061', '\u2064'] },
		{ name: 'tag characters U+E0000–E007F', chars: ['\u{E0000}', '\u{E0001}', '\u{E0041}', '\u{E007F}'] },
		{ name: 'variation selectors', chars: ['\uFE00', '\uFE0F', '\u{E0100}', '\u{E01EF}'] },
		{ name: 'combining grapheme joiner U+034F', chars: ['\u034F'] },
		{ name: 'Khmer inherent vowels U+17B4–17B5', chars: ['\u17B4', '\u17B5'] },
		{ name: 'Mongolian selectors U+180B–180F', chars: ['\u180B', '\u180C', '\u180D', '\u180E', '\u180F'] },
		{ name: 'interlinear annotation U+FFF9–FFFB', chars: ['\uFFF9', '\uFFFA', '\uFFFB'] },
		{ name: 'braille blank U+2800', chars: ['\u2800'] },
		{ name: 'Hangul fillers', chars: ['\u115F', '\u1160', '\u3164', '\uFFA0'] },
		{
			name: 'other default-ignorables',
			chars: ['\u{1D173}', '\u{1D17A}', '\u{1BCA0}', '\u{1BCA3}', '\uFFF0'].filter((c) => /\p{Default_Ignorable_Code_Point}/u.test(c)),
		},
		{ name: 'controls', chars: ['\u0000', '\u0007', '\u001B', '\u007F', '\u0085', '\u009F'] },
	])('removes $name', ({ chars }) => {
		expect(chars.length).toBeGreaterThan(0);
		for (const c of chars) expect(stripInvisible(`a${c}b${c}`), `U+${c.codePointAt(0)?.toString(16)}`).toBe('ab');
	});

	test.each([
		'Deep learning',
		'深度学习',
		'é',
		'e\u0301',
		'👩\u200D💻',
		'👩🏽\u200D💻',
		'❤\uFE0F',
		'🏳\uFE0F\u200D🌈',
		'1\uFE0F\u20E3',
		'#\uFE0F\u20E3 *\uFE0F\u20E3',
		'\t',
		'\n',
		'a\u00A0b',
		'⠁',
	])('keeps visible text %j', (text) => {
		expect(stripInvisible(text)).toBe(text);
	});
});
