import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	AGENDA_MAX_NAME,
	agendaTotal,
	clipAgendaName,
	DEFAULT_AGENDA,
	formatAgenda,
	isDefaultAgenda,
	parseAgenda,
	type AgendaItem,
} from './time-agenda';

const value = (raw: string) => {
	const r = parseAgenda(raw);
	if (!r.ok) throw new Error(`refused ${raw}: ${r.reason}`);
	return r.value;
};

describe('agenda parameter', () => {
	it('reads names and minutes, the last colon splitting them', () => {
		expect(value('Welcome:15,Q&A:25,Demo: part 2:7.5').map((i) => [i.label, i.minutes])).toEqual([
			['Welcome', 15],
			['Q&A', 25],
			['Demo: part 2', 7.5],
		]);
	});
	it("reads the README's example: a name's escapes, URL-encoded once more in the address", () => {
		const raw = new URLSearchParams('agenda=Q%26A%252C+then+coffee:25').get('agenda') ?? '';
		expect(value(raw).map((i) => [i.label, i.minutes])).toEqual([['Q&A, then coffee', 25]]);
		expect(new URLSearchParams({ agenda: formatAgenda(value(raw)) }).toString()).toBe('agenda=Q%26A%252C+then+coffee%3A25');
	});
	it('keeps default names as kinds, so each reader sees them in their language', () => {
		expect(formatAgenda(DEFAULT_AGENDA)).toBe('~welcome:15,~walkthrough:20,~breaks:15,~wrapUp:10');
		expect(value(formatAgenda(DEFAULT_AGENDA)).map(({ key, label, minutes }) => ({ key, label, minutes }))).toEqual(
			DEFAULT_AGENDA.map(({ key, label, minutes }) => ({ key, label, minutes })),
		);
		expect(isDefaultAgenda(DEFAULT_AGENDA)).toBe(true);
		expect(isDefaultAgenda([{ ...DEFAULT_AGENDA[0]!, label: 'Hello' }, ...DEFAULT_AGENDA.slice(1)])).toBe(false);
	});
	it.each([
		['', 'empty'],
		['Welcome', 'rejected'],
		['Welcome:', 'empty'],
		['Welcome:-5', 'too-small'],
		['Welcome:1e3', 'not-a-number'],
		['Welcome:15.25', 'too-precise'],
		['~nope:5', 'rejected'],
		['A:1000,B:1000', 'too-large'],
		[`${'x'.repeat(81)}:5`, 'too-large'],
		[Array.from({ length: 51 }, () => 'a:1').join(','), 'too-large'],
	])('refuses %j whole (%s)', (raw, reason) => {
		expect(parseAgenda(raw)).toMatchObject({ ok: false, reason });
	});
	it('counts a name in characters as a reader does: 80 emoji fit, 81 do not, and none is cut in half', () => {
		for (const emoji of ['🧪', '👩‍💻']) {
			expect(value(`${emoji.repeat(AGENDA_MAX_NAME)}:5`)[0]?.label).toBe(emoji.repeat(AGENDA_MAX_NAME));
			expect(parseAgenda(`${emoji.repeat(AGENDA_MAX_NAME + 1)}:5`)).toMatchObject({ ok: false, reason: 'too-large' });
			expect(clipAgendaName(emoji.repeat(AGENDA_MAX_NAME + 5))).toBe(emoji.repeat(AGENDA_MAX_NAME));
		}
		expect(clipAgendaName('Q&A')).toBe('Q&A');
		// Typing into a full name is refused; a paste into a shorter one is cut.
		const full = `${'a'.repeat(40)}${'z'.repeat(40)}`;
		expect(clipAgendaName(`${'a'.repeat(40)}X${'z'.repeat(40)}`, full)).toBe(full);
		expect(clipAgendaName(`ab${'x'.repeat(100)}`, 'ab')).toBe(`ab${'x'.repeat(78)}`);
	});
	it('drops invisible and bidi-control characters from a link’s names, as from a title', () => {
		expect(value('Q\u202E&A:5,Lunch\u200B break:30').map((i) => i.label)).toEqual(['Q&A', 'Lunch break']);
	});
	it('round-trips any agenda of typed names, commas, colons and tildes included', () => {
		const item = fc.record({
			// Any text, as the editor keeps it once typed (cleaned and clipped).
			label: fc.option(
				fc
					.string({ unit: 'grapheme', maxLength: 90 })
					.map(clipAgendaName)
					.filter((s) => s.trim() === s),
				{ nil: null },
			),
			minutes: fc.integer({ min: 0, max: 200 }).map((t) => t / 10),
		});
		fc.assert(
			fc.property(fc.array(item, { minLength: 1, maxLength: 12 }), (drafts) => {
				const items: AgendaItem[] = drafts.map((d, i) => ({ id: i + 1, key: d.label === null ? 'welcome' : 'custom', ...d }));
				// Through URLSearchParams, as a link carries it.
				const raw = new URLSearchParams(`agenda=${encodeURIComponent(formatAgenda(items))}`).get('agenda') ?? '';
				const back = value(raw);
				expect(back.map((i) => [i.label, i.minutes])).toEqual(items.map((i) => [i.label, i.minutes]));
				expect(agendaTotal(back)).toBe(agendaTotal(items));
			}),
		);
	});
});
