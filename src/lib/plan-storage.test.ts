import { describe, expect, it } from 'vitest';
import { planMode, storedPlanQuery } from './plan-storage';

describe('plan storage', () => {
	it('accepts a plan query and refuses corrupted or foreign text', () => {
		expect(storedPlanQuery('title=Lab&attendees=40&runs=3')).toBe('title=Lab&attendees=40&runs=3');
		for (const bad of [null, undefined, 42, '', '{"', 'null', '{"__proto__":{"polluted":1}}', `title=${'x'.repeat(8000)}`, 'Title=1'])
			expect(storedPlanQuery(bad), String(bad)).toBeUndefined();
	});
	it('restores only a bare visit, keeps saving only the instructor’s own plan', () => {
		expect(planMode('', 'title=Mine')).toBe('restore');
		expect(planMode('', undefined)).toBe('own');
		expect(planMode('title=Mine', 'title=Mine')).toBe('own');
		expect(planMode('title=Theirs', 'title=Mine')).toBe('link');
		expect(planMode('title=Theirs', undefined), 'a link opened first is never stored').toBe('link');
	});
});
