import { describe, expect, it } from 'vitest';
import { spaceBefore, untranslatedLang } from './localized';

describe('untranslatedLang', () => {
	it('marks an English title on a Chinese page', () => {
		expect(untranslatedLang('Mark Ryan, “CoCalc vs Colab”, Towards Data Science (2020)', 'zh-cn')).toBe('en');
	});
	it('leaves Chinese or mixed titles, and every title on an English page', () => {
		expect(untranslatedLang('Colab 常见问题', 'zh-cn')).toBeUndefined();
		expect(untranslatedLang('Colab FAQ', 'en')).toBeUndefined();
	});
});

describe('spaceBefore', () => {
	it.each([
		['12–13 秒', 'zh-cn', ' '],
		['3 倍以上', 'zh-cn', ' '],
		['$9.99', 'zh-cn', ' '],
		['Colab', 'zh-cn', ' '],
		['约 6 分钟', 'zh-cn', ''],
		['至少 30 分钟', 'zh-cn', ''],
		['未公布', 'zh-cn', ''],
		['12–13 s', 'en', ''],
		['about 6 min', 'en', ''],
	])('before "%s" in %s: "%s"', (value, locale, want) => {
		expect(spaceBefore(value, locale)).toBe(want);
	});
});
