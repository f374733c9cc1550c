import { spawnSync } from 'node:child_process';
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
	test('keeps, as written, a zone name Intl knows that its list leaves out', () => {
		// Aliases (Node lists Asia/Calcutta but knows Asia/Kolkata) and fixed-offset or legacy IANA zones.
		for (const zone of ['Asia/Kolkata', 'US/Eastern', 'Etc/GMT+5', 'Etc/GMT-14', 'EST5EDT'])
			expect(parseTimeZone(zone), zone).toEqual({ ok: true, value: zone });
		expect(parseTimeZone('etc/gmt+5'), 'the case Intl gives back').toEqual({ ok: true, value: 'Etc/GMT+5' });
		// And the instant follows it: Etc/GMT+5 is five hours west of UTC (the sign is POSIX's).
		expect(new Date(zonedTimeToUtc('2026-12-03', '09:00', 'Etc/GMT+5')).toISOString()).toBe('2026-12-03T14:00:00.000Z');
	});
	test.each([
		{ raw: 'Mars/Olympus_Mons', reason: 'unknown' },
		{ raw: 'Etc/GMT+15', reason: 'unknown' },
		{ raw: 'GMT+5', reason: 'unknown' },
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
	// RFC 5545 §3.3.5: a skipped wall time takes the offset before the gap; a repeated one is its
	// first occurrence. The expected instants are Python zoneinfo's (fold=0), east and west of UTC.
	test.each([
		['2026-03-29', '02:30', 'Europe/Berlin', '2026-03-29T01:30:00.000Z', 'skipped: 03:30 CEST'],
		['2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:30:00.000Z', 'skipped: 03:30 EDT'],
		['2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z', 'repeated: the CEST one'],
		['2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z', 'repeated: the EDT one'],
		['2026-04-05', '01:45', 'Australia/Lord_Howe', '2026-04-04T14:45:00.000Z', 'repeated, half-hour shift'],
		['2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:45:00.000Z', 'skipped, half-hour shift'],
	])('%s %s in %s is %s (%s)', (date, time, zone, expected) => {
		expect(iso(zonedTimeToUtc(date, time, zone))).toBe(expected);
	});

	// The same rule checked against Python's zoneinfo on every quarter hour of the days a clock
	// changes, in zones with whole, half-hour and 45-minute offsets, both hemispheres.
	const zones = ['Europe/Berlin', 'America/New_York', 'America/Santiago', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Auckland'];
	const python = spawnSync('python3', ['-c', 'import zoneinfo; zoneinfo.ZoneInfo("Europe/Berlin")'], { encoding: 'utf8' });
	test.skipIf(python.status !== 0)('every quarter hour of 2026’s clock-change days agrees with Python zoneinfo', () => {
		const script = `
import json, sys
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo
out = []
for zone in json.loads(sys.stdin.read()):
    tz = ZoneInfo(zone)
    day = datetime(2026, 1, 1, 12, tzinfo=tz)
    while day.year == 2026:
        nxt = day + timedelta(days=1)
        if day.utcoffset() != nxt.utcoffset():
            for d in (day, nxt):
                for q in range(96):
                    wall = datetime(d.year, d.month, d.day, q // 4, q % 4 * 15, tzinfo=tz, fold=0)
                    out.append([d.strftime('%Y-%m-%d'), wall.strftime('%H:%M'), zone, wall.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:00.000Z')])
        day = nxt
print(json.dumps(out))`;
		const run = spawnSync('python3', ['-c', script], { input: JSON.stringify(zones), encoding: 'utf8' });
		expect(run.status, run.stderr).toBe(0);
		const cases = JSON.parse(run.stdout) as [string, string, string, string][];
		expect(cases.length, 'two changes a year in each zone, two days each').toBeGreaterThanOrEqual(zones.length * 2 * 96);
		const wrong = cases.filter(([date, time, zone, expected]) => iso(zonedTimeToUtc(date, time, zone)) !== expected);
		expect(wrong).toEqual([]);
	});
});
