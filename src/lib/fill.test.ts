import { expect, test } from 'vitest';
import fc from 'fast-check';
import { fill, gapBetween, joinSpaced } from './fill';

test('fills named placeholders and leaves unknown ones', () => {
	expect(fill('{n} results for “{q}”', { n: 3, q: 'gpu' })).toBe('3 results for “gpu”');
	expect(fill('{n} min', {})).toBe('{n} min');
	expect(fill('{toString}', {}), 'not an inherited property').toBe('{toString}');
});

test('text in a value is never read as a placeholder or a replacement pattern', () => {
	expect(fill('“{q}” ({n})', { q: "$& $' $` {n}", n: 2 })).toBe("“$& $' $` {n}” (2)");
	fc.assert(fc.property(fc.string(), (q) => fill('<{q}>', { q }) === `<${q}>`));
});

test('where a value meets Chinese text, the seam takes the Chinese spacing rule', () => {
	// A template written for a Latin name reads right with a Han one, and the other way round.
	expect(fill('{platform} 上的步骤', { platform: '本地安装' })).toBe('本地安装上的步骤');
	expect(fill('{platform} 上的步骤', { platform: 'Studio Lab' })).toBe('Studio Lab 上的步骤');
	expect(fill('和{platform}', { platform: 'Studio Lab' })).toBe('和 Studio Lab');
	expect(fill('在{platform}上', { platform: 'Colab' })).toBe('在 Colab 上');
	expect(fill('共 {n} 轮', { n: 5 })).toBe('共 5 轮');
	expect(fill('{session}的课时', { session: '3 小时' })).toBe('3 小时的课时');
	// Other seams, and the value's own text, stay as written.
	expect(fill('Run {n} ({epochs})', { n: 1, epochs: '1 epoch' })).toBe('Run 1 (1 epoch)');
	expect(fill('标题：{title}', { title: ' Deep  nets ' })).toBe('标题： Deep  nets ');
	expect(fill('a {x} b', { x: '' })).toBe('a  b');
	expect(fill('{a}{b} 个', { a: '中', b: 'x' })).toBe('中 x 个');
	// No space beside full-width punctuation, which carries its own.
	expect(fill('将{name} 的价格重置', { name: '本地安装（免费）' })).toBe('将本地安装（免费）的价格重置');
	// Han outside the basic plane, and Latin letters beyond ASCII.
	expect(fill('{x} 上', { x: '𠀀' })).toBe('𠀀上');
	expect(fill('和{t}', { t: 'École' })).toBe('和 École');
});

test('without Han text beside a value, filling is plain substitution', () => {
	fc.assert(
		fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, q, b) => {
			fc.pre(![a, q, b].some((t) => /\p{Script=Han}|[\u3000-\u303F\uFF01-\uFF65{}]/u.test(t)));
			return fill(`${a}{q}${b}`, { q }) === `${a}${q}${b}`;
		}),
	);
});

test('phrases in a row: a space in English, none after 。 or ： or between Han characters', () => {
	expect(joinSpaced('Not priced per user.', 'Billed per core-hour.')).toBe('Not priced per user. Billed per core-hour.');
	expect(joinSpaced('不按用户计费。', '按核心小时计费')).toBe('不按用户计费。按核心小时计费');
	expect(joinSpaced('…默认分支。', '默认：master')).toBe('…默认分支。默认：master');
	expect(joinSpaced('训练时间是 Colab 的 1 倍。', undefined, '')).toBe('训练时间是 Colab 的 1 倍。');
	expect(gapBetween('日期：', '2026 年')).toBe('');
	expect(gapBetween('请修改', '日期')).toBe('');
	expect(gapBetween('Date:', 'Thursday')).toBe(' ');
});
