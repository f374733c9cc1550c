import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { prepCalendar, type CalendarTexts } from './prep-calendar';
import type { LinkDetails } from './prep-link';
import en from '~/i18n/en/calendar';
import zh from '~/i18n/zh-cn/calendar';

const link = 'https://example.org/prep/?title=A%2C+B%3B+C&date=2026-12-03&platform=colab';
const now = new Date(Date.UTC(2026, 10, 30, 12));

function event(text: string) {
	const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
	if (!vevent) throw new Error('no VEVENT');
	return { vevent, event: new ICAL.Event(vevent) };
}

describe('prepCalendar', () => {
	test.each([
		['en', en],
		['zh-cn', zh],
	] as [string, CalendarTexts][])('%s: the file parses and carries the title, date and prep link', (_, texts) => {
		const file = prepCalendar({ title: 'A, B; C', date: '2026-12-03' }, link, texts, 180, now);
		expect(file.name).toBe(`${texts.fileName}-2026-12-03.ics`);
		const { vevent, event: e } = event(file.text);
		expect(e.summary).toBe('A, B; C');
		expect(e.startDate.toString()).toBe('2026-12-03');
		expect(e.description).toContain(link);
		expect(e.description).toContain(texts.descriptionTodo);
		expect(vevent.getFirstPropertyValue('url')).toBe(link);
		expect(e.uid).toMatch(/^2026-12-03-[0-9a-f]{8}@example\.org$/);
	});

	test('the UID names the workshop: the same for another platform tab or language, another for another workshop', () => {
		const details = { title: 'A, B; C', date: '2026-12-03', time: '09:30', tz: 'Europe/Berlin' };
		const uid = (d: LinkDetails, l = link) => event(prepCalendar({ ...d, date: '2026-12-03' }, l, en, 180, now).text).event.uid;
		expect(uid(details)).toBe(uid({ ...details, platform: 'kaggle' }, link.replace('colab', 'kaggle')));
		expect(uid(details)).toBe(uid(details, link.replace('/prep/', '/zh-cn/prep/')));
		const allDay = { title: 'A, B; C', date: '2026-12-03' };
		expect(uid({ ...allDay, tz: 'Europe/Berlin' }), 'a zone with no time, which the prep link drops').toBe(uid(allDay));
		expect(uid({ ...details, session: 90 }), 'the length').toBe(uid(details));
		for (const other of [
			{ title: 'Another' },
			{ time: '14:00' },
			{ branch: 'dev' },
			{ repo: 'https://github.com/a/b' },
			{ folder: 'w' },
			{ notebook: 'x.ipynb' },
		])
			expect(uid({ ...details, ...other }), JSON.stringify(other)).not.toBe(uid(details));
	});

	test('without a title the event has the default summary', () => {
		expect(event(prepCalendar({ date: '2026-12-03' }, link, en, 180, now).text).event.summary).toBe(en.defaultSummary);
	});

	test('a zone without a time is ignored: still all-day', () => {
		const { event: e } = event(prepCalendar({ date: '2026-12-03', tz: 'Asia/Shanghai' }, link, en, 180, now).text);
		expect(e.startDate.isDate).toBe(true);
	});

	test('time and zone give a timed event of `minutes`', () => {
		const { event: e } = event(prepCalendar({ date: '2026-12-03', time: '14:00', tz: 'Asia/Shanghai' }, link, en, 90, now).text);
		expect(e.startDate.toString()).toBe('2026-12-03T06:00:00Z');
		expect(e.endDate.toString()).toBe('2026-12-03T07:30:00Z');
	});
});
