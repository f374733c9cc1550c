import { describe, expect, test } from 'vitest';
import { parseTime, parseTimeZone } from './event-time';
import { zonedTimeToUtc } from './zoned-time';

describe('parseTime', () => {
	test.each(['00:00', '09:30', '18:05', '23:59'])('accepts %s', (raw) => {
		expect(parseTime(` ${raw} `)).toEqual({ ok: true, value: raw });
	});
	test.each(['24:00', '9:30', '09:60', '09h30', '0930', '09:30:00', '-1:00', '１０:００'])('refuses %s', (raw) => {
		expect(parseTime(raw)).toEqual({ ok: false, reason: 'rejected' });
	});
	test('an empty value is empty', () => expect(parseTime(' ')).toEqual({ ok: false, reason: 'empty' }));
});

describe('parseTimeZone', () => {
	test('accepts every zone the runtime lists, in its spelling, whatever the case', () => {
		for (const zone of Intl.supportedValuesOf('timeZone')) {
			expect(parseTimeZone(zone.toLowerCase())).toEqual({ ok: true, value: zone });
		}
		expect(parseTimeZone('utc')).toEqual({ ok: true, value: 'UTC' });
	});
	test('keeps a current alias the runtime maps to a listed zone', () => {
		// Node lists Asia/Calcutta but knows Asia/Kolkata.
		const parsed = parseTimeZone('Asia/Kolkata');
		expect(parsed.ok).toBe(true);
	});
	test.each([
		{ raw: 'Mars/Olympus_Mons', reason: 'unknown' },
		{ raw: 'Europe/Berlin ', reason: undefined },
		{ raw: '+01:00', reason: 'rejected' },
		{ raw: 'Europe/../etc', reason: 'rejected' },
		{ raw: '<b>Europe/Paris</b>', reason: 'rejected' },
		{ raw: 'A'.repeat(65), reason: 'too-large' },
		{ raw: '', reason: 'empty' },
	])('judges $raw', ({ raw, reason }) => {
		expect(parseTimeZone(raw)).toEqual(reason ? { ok: false, reason } : { ok: true, value: raw.trim() });
	});
});

describe('zonedTimeToUtc', () => {
	const iso = (ms: number) => new Date(ms).toISOString();
	test.each([
		// Winter and summer time in Berlin, a half-hour zone, a zone west of UTC, the date line.
		['2026-12-03', '09:00', 'Europe/Berlin', '2026-12-03T08:00:00.000Z'],
		['2026-07-01', '09:00', 'Europe/Berlin', '2026-07-01T07:00:00.000Z'],
		['2026-12-03', '09:00', 'Asia/Calcutta', '2026-12-03T03:30:00.000Z'],
		['2026-12-03', '18:30', 'America/New_York', '2026-12-03T23:30:00.000Z'],
		['2026-12-03', '00:15', 'Pacific/Auckland', '2026-12-02T11:15:00.000Z'],
		['2026-12-03', '09:00', 'UTC', '2026-12-03T09:00:00.000Z'],
	])('%s %s in %s is %s', (date, time, zone, expected) => {
		expect(iso(zonedTimeToUtc(date, time, zone))).toBe(expected);
	});
	test('a wall time skipped by spring-forward moves past the gap', () => {
		// Berlin skips 02:00–03:00 on 2026-03-29; 02:30 does not exist and reads as 03:30 CEST.
		expect(iso(zonedTimeToUtc('2026-03-29', '02:30', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
	});
});
