import { describe, expect, test } from 'vitest';
import { platform } from './platform-schema';
import { sessionLimitMinutes } from './platform-limits';

const modules = import.meta.glob<unknown>('../../content/platforms/*.json', { eager: true, import: 'default' });
const limits = Object.fromEntries(
	Object.values(modules).map((data) => {
		const p = platform.parse(data);
		return [p.id, sessionLimitMinutes(p)];
	}),
);

describe('sessionLimitMinutes', () => {
	test('reads the current free tier’s longest session from the platform data, in minutes', () => {
		// Hours in the data: Studio Lab 4, mybinder.org 6, Kaggle 9, Colab (free, 2020 figure) 12.
		expect(limits).toMatchObject({ 'studio-lab': 240, binder: 360, kaggle: 540, colab: 720 });
	});

	test('is null where the data publishes no limit', () => {
		expect(limits).toMatchObject({ cocalc: null, codespaces: null, local: null });
	});
});
