import { describe, expect, it } from 'vitest';
import { costParams } from './cost-query';
import { LINK_PARAMS } from './prep-link';
import { ownsParam } from './params';
import { PLAN_PARAM_NAMES, planMode, storedPlanQuery } from './plan-storage';
import { TIME_PARAMS } from './time-query';

describe('plan storage', () => {
	it('accepts a plan query and refuses corrupted or foreign text', () => {
		expect(storedPlanQuery('title=Lab&attendees=40&runs=3')).toBe('title=Lab&attendees=40&runs=3');
		for (const bad of [null, undefined, 42, '', '{"', 'null', '{"__proto__":{"polluted":1}}', `title=${'x'.repeat(8000)}`, 'Title=1'])
			expect(storedPlanQuery(bad), String(bad)).toBeUndefined();
	});
	it('knows every parameter the plan page declares, families included', () => {
		const declared = new Set([...Object.keys(LINK_PARAMS), ...Object.keys(costParams([])), ...Object.keys(TIME_PARAMS)]);
		expect(new Set(PLAN_PARAM_NAMES)).toEqual(declared);
		// A plan that changed only a price, a factor, the agenda or the start time is still a plan.
		for (const query of ['price-cocalc=12.5', 'factor-kaggle=0.8', 'agenda=Intro~20', 'tz=Europe%2FBerlin'])
			expect(storedPlanQuery(query), query).toBe(query);
		for (const key of [
			...PLAN_PARAM_NAMES.filter((n) => !n.endsWith('*')),
			'price-colab-pro-plus',
			'factor-local',
			'price',
			'factor',
			'plans',
			'Title',
			'utm_source',
			'x',
		])
			expect(storedPlanQuery(`${key}=1`) !== undefined, key).toBe(ownsParam(PLAN_PARAM_NAMES, key));
	});
	it('restores only a bare visit, keeps saving only the instructor’s own plan', () => {
		expect(planMode('', 'title=Mine')).toBe('restore');
		expect(planMode('', undefined)).toBe('own');
		expect(planMode('title=Mine', 'title=Mine')).toBe('own');
		expect(planMode('title=Theirs', 'title=Mine')).toBe('link');
		expect(planMode('title=Theirs', undefined), 'a link opened first is never stored').toBe('link');
	});
});
