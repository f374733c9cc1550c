import { describe, expect, it } from 'vitest';
import { untranslatedLang } from './localized';

describe('untranslatedLang', () => {
	it('marks an English title on a Chinese page', () => {
		expect(untranslatedLang('Mark Ryan, “CoCalc vs Colab”, Towards Data Science (2020)', 'zh-cn')).toBe('en');
	});
	it('leaves Chinese or mixed titles, and every title on an English page', () => {
		expect(untranslatedLang('Colab 常见问题', 'zh-cn')).toBeUndefined();
		expect(untranslatedLang('Colab FAQ', 'en')).toBeUndefined();
	});
});
