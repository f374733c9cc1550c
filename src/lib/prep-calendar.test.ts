import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { prepCalendar, type CalendarTexts } from './prep-calendar';
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

	test('the same link gives the same UID; another link another one', () => {
		const uid = (l: string) => event(prepCalendar({ date: '2026-12-03' }, l, en, 180, now).text).event.uid;
		expect(uid(link)).toBe(uid(link));
		expect(uid(link)).not.toBe(uid(`${link}&branch=dev`));
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
