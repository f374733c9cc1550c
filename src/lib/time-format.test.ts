import { expect, test } from 'vitest';
import { getDictionary } from '~/i18n';
import { timeFormat } from './time-format';

test('epochs are counted in the reader’s language: “1 epoch”, “50 epochs”, “1 轮”', () => {
	const en = timeFormat(getDictionary('en').time, 'en');
	expect([1, 2, 50, 1000].map(en.epochs)).toEqual(['1 epoch', '2 epochs', '50 epochs', '1,000 epochs']);
	expect(timeFormat(getDictionary('zh-cn').time, 'zh-CN').epochs(1)).toBe('1 轮');
});

test('no sentence that names epochs keeps its own word for them (the count brings it)', () => {
	for (const locale of ['en', 'zh-cn'] as const) {
		const t = getDictionary(locale).time;
		for (const key of ['noJs', 'planSummary', 'moreRunsZero', 'moreRunsOne', 'moreRunsOther', 'timelineRun'] as const)
			expect(t[key], `${locale} ${key}`).not.toMatch(/\{epochs\}\s*(epochs|轮)/);
	}
});

test('a stretch too short to show in minutes shows its seconds at both ends', () => {
	const en = timeFormat(getDictionary('en').time, 'en');
	expect(en.span(50 * 60_000, 50 * 60_000 + 7_000)).toEqual(['50 min', '50 min 7 s']);
	expect(en.span(0, 15 * 60_000), 'minutes as before').toEqual([en.min(0), '15 min']);
});
