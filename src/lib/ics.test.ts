import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { buildIcs, escapeText, foldLine, type WorkshopEvent } from './ics';

const utf8 = (s: string) => new TextEncoder().encode(s).length;
/** RFC 5545 unfolding: drop every CRLF followed by one space or tab. */
const unfold = (s: string) => s.replace(/\r\n[ \t]/g, '');

describe('escapeText', () => {
	test.each([
		['a, b; c', 'a\\, b\\; c'],
		['back\\slash', 'back\\\\slash'],
		['one\ntwo\r\nthree\rfour', 'one\\ntwo\\nthree\\nfour'],
		['\\,', '\\\\\\,'],
		['plain: colon', 'plain: colon'],
		['bell\u0007 and\ttab', 'bell and\ttab'],
	])('%j → %j', (raw, escaped) => expect(escapeText(raw)).toBe(escaped));
});

describe('foldLine', () => {
	test('leaves a line of 75 octets alone and folds one of 76', () => {
		expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
		expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
	});
	test.each([
		// CJK (3 octets): 25 characters fill 75 octets exactly; the 26th starts a new line.
		['CJK', `SUMMARY:${'深度学习工作坊'.repeat(12)}`],
		// Emoji (4 octets, a surrogate pair) placed so one straddles octet 75.
		['emoji at the boundary', `SUMMARY:${'x'.repeat(64)}🎉🎉🎉🎉🎉🎉`],
		['mixed', `DESCRIPTION:é${'数据🐍a'.repeat(40)}`],
	])('%s: no line over 75 octets, no split character, unfolds to the original', (_, line) => {
		const folded = foldLine(line);
		const lines = folded.split('\r\n');
		expect(lines.length).toBeGreaterThan(1);
		for (const l of lines) expect(utf8(l)).toBeLessThanOrEqual(75);
		for (const l of lines.slice(1)) expect(l.startsWith(' ')).toBe(true);
		// A split surrogate pair would leave a lone surrogate, which is not well-formed.
		for (const l of lines) expect(l.isWellFormed()).toBe(true);
		expect(unfold(folded)).toBe(line);
	});
	test('the emoji that would cross octet 75 moves whole to the next line', () => {
		const folded = foldLine(`${'x'.repeat(73)}🎉`);
		expect(folded).toBe(`${'x'.repeat(73)}\r\n 🎉`);
	});
	test('property: any text folds into lines of at most 75 octets and unfolds back', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
				const line = `X:${s.replace(/[\r\n]/g, '')}`;
				const folded = foldLine(line);
				for (const l of folded.split('\r\n')) expect(utf8(l)).toBeLessThanOrEqual(75);
				expect(unfold(folded)).toBe(line);
			}),
		);
	});
});

const base: WorkshopEvent = {
	uid: '2026-12-03-abc@workshop-ready.example.org',
	stamp: new Date(Date.UTC(2026, 10, 30, 9, 5, 7)),
	date: '2026-12-03',
	minutes: 180,
	summary: 'Deep learning; part 1, with Keras \\ TensorFlow',
	description: 'Prep link: https://example.org/prep/?date=2026-12-03\nBefore the day, finish the prep steps.',
	url: 'https://example.org/prep/?title=Deep%20learning&date=2026-12-03&platform=colab',
	alarm: 'Finish the prep steps',
};

/** Parses with Mozilla's ical.js and returns the one event and the raw component. */
function parse(ics: string) {
	const calendar = new ICAL.Component(ICAL.parse(ics));
	const vevent = calendar.getFirstSubcomponent('vevent');
	if (!vevent) throw new Error('no VEVENT');
	return { calendar, vevent, event: new ICAL.Event(vevent) };
}

describe('buildIcs', () => {
	test('is CRLF throughout, ends with CRLF, and no line exceeds 75 octets', () => {
		const ics = buildIcs({ ...base, summary: '深度学习🎉'.repeat(20) });
		expect(ics.endsWith('\r\n')).toBe(true);
		expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of ics.split('\r\n')) expect(utf8(line)).toBeLessThanOrEqual(75);
	});

	test('an all-day event round-trips through ical.js with commas and semicolons intact', () => {
		const ics = buildIcs(base);
		const { calendar, vevent, event } = parse(ics);
		expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
		expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
		expect(event.uid).toBe(base.uid);
		expect(event.summary).toBe(base.summary);
		expect(event.description).toBe(base.description);
		expect(vevent.getFirstPropertyValue('url')).toBe(base.url);
		expect(event.startDate.isDate).toBe(true);
		expect(event.startDate.toString()).toBe('2026-12-03');
		expect(event.endDate.toString()).toBe('2026-12-04');
		expect(String(vevent.getFirstPropertyValue('dtstamp'))).toBe('2026-11-30T09:05:07Z');
		const alarm = vevent.getFirstSubcomponent('valarm');
		expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY');
		expect(String(alarm?.getFirstPropertyValue('trigger')), 'an all-day event: 09:00 the day before, not midnight').toBe('-PT15H');
		expect(calendar.getFirstPropertyValue('method'), 'an import file, not an iTIP message').toBeNull();
	});

	test('a timed event’s reminder comes a day before its start', () => {
		const { vevent } = parse(buildIcs({ ...base, time: '09:30', tz: 'Europe/Berlin' }));
		expect(String(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger'))).toBe('-P1D');
	});

	test('a line break or comma in the UID or URL cannot start a property of its own', () => {
		const ics = buildIcs({ ...base, uid: 'a,b;c\r\nATTACH:x@h', url: 'https://x.example/p?q=1\r\nATTACH:http://evil' });
		expect(ics).not.toMatch(/^ATTACH/m);
		const { vevent, event } = parse(ics);
		expect(event.uid).toBe('a,b;c\r\nATTACH:x@h'.replace(/\r\n/, '\n'));
		expect(vevent.getFirstPropertyValue('url')).toBe('https://x.example/p?q=1%0D%0AATTACH:http://evil');
		expect(vevent.getAllProperties('attach')).toEqual([]);
	});

	test('the day after the last day of a month or year is the next month or year', () => {
		const { event } = parse(buildIcs({ ...base, date: '2026-12-31' }));
		expect(event.endDate.toString()).toBe('2027-01-01');
	});

	test('no alarm when none is asked for', () => {
		const { alarm: _, ...silent } = base;
		expect(buildIcs(silent)).not.toContain('VALARM');
	});

	test('a time and zone make a timed event at the right UTC instant, lasting `minutes`', () => {
		const { event } = parse(buildIcs({ ...base, time: '09:30', tz: 'Europe/Berlin', minutes: 150 }));
		expect(event.startDate.isDate).toBe(false);
		expect(event.startDate.toString()).toBe('2026-12-03T08:30:00Z');
		expect(event.endDate.toString()).toBe('2026-12-03T11:00:00Z');
	});

	test('a time without a zone is floating local time', () => {
		const ics = buildIcs({ ...base, time: '18:00' });
		expect(ics).toContain('DTSTART:20261203T180000\r\n');
		const { event } = parse(ics);
		expect(event.startDate.toString()).toBe('2026-12-03T18:00:00');
		expect(event.endDate.toString()).toBe('2026-12-03T21:00:00');
	});

	test('property: any title and description round-trip through ical.js unchanged', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'binary', minLength: 1, maxLength: 150 }),
				fc.string({ unit: 'binary', maxLength: 300 }),
				(summary, description) => {
					// TEXT cannot hold control characters (escapeText drops them); newlines come back as LF.
					const clean = (s: string) => s.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
					const e = { ...base, summary, description };
					const { event } = parse(buildIcs(e));
					expect(event.summary).toBe(clean(summary));
					expect(event.description).toBe(clean(description));
				},
			),
			{ numRuns: 200 },
		);
	});
});
