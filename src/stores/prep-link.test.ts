import { afterEach, describe, expect, test, vi } from 'vitest';
import { notebookIntro, prepLinkOf } from './prep-link';
import { $workshop, DEFAULT_PLAN } from './workshop';

describe('the prep link from the shared plan', () => {
	afterEach(() => {
		vi.unstubAllGlobals();
		$workshop.set({ ...DEFAULT_PLAN });
	});

	test('carries the session length of a timed plan, as the plan box shows it', () => {
		const plan = { ...DEFAULT_PLAN, date: '2027-01-14', time: '09:30', sessionMinutes: 240 };
		expect(prepLinkOf(plan, '/prep/')).toBe('/prep/?date=2027-01-14&time=09%3A30&session=240');
		expect(prepLinkOf({ ...plan, time: '' }, '/prep/')).toBe('/prep/?date=2027-01-14');
	});

	test("the notebook's introduction reads the plan when the download is asked for", () => {
		vi.stubGlobal('location', { origin: 'https://example.org' });
		const intro = notebookIntro('/zh-cn/prep/', 'Prep', 'en');
		$workshop.set({ ...DEFAULT_PLAN, title: 'Vision, day 2', date: '2027-01-14', time: '13:05', sessionMinutes: 95 });
		expect(intro()).toEqual({
			title: 'Vision, day 2',
			date: 'Thursday, January 14, 2027',
			prepLink: 'https://example.org/zh-cn/prep/?title=Vision%2C+day+2&date=2027-01-14&time=13%3A05&session=95',
		});
		$workshop.set({ ...DEFAULT_PLAN });
		expect(intro()).toEqual({ title: 'Prep', date: '', prepLink: 'https://example.org/zh-cn/prep/' });
	});
});
