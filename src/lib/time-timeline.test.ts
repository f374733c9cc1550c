import { describe, expect, test } from 'vitest';
import { agendaFromOverhead, agendaItemSpec, agendaTotal, DEFAULT_AGENDA, newAgendaItem } from './time-agenda';
import { buildTimeline, TIMELINE_WIDTH } from './time-timeline';

const MIN = 60_000;

describe('buildTimeline', () => {
	test('places agenda items, then runs, then the closing item, scaled to the session', () => {
		const t = buildTimeline([15 * MIN, 20 * MIN, 10 * MIN], [6 * MIN, 6 * MIN], 180 * MIN);
		expect(t.segments.map((s) => [s.kind, s.first, s.last, s.x, s.w])).toEqual([
			['agenda', 0, 0, 0, 83.3],
			['agenda', 1, 1, 83.3, 111.1],
			['runs', 0, 0, 194.4, 33.4],
			['runs', 1, 1, 227.8, 33.3],
			['agenda', 2, 2, 261.1, 55.6],
		]);
		expect(t.sessionX).toBe(TIMELINE_WIDTH);
	});

	test.each([
		{ agenda: [60 * MIN], order: ['agenda', 'runs'] },
		{ agenda: [], order: ['runs'] },
	])('puts a lone agenda item first ($order)', ({ agenda, order }) => {
		expect(buildTimeline(agenda, [MIN], 180 * MIN).segments.map((s) => s.kind)).toEqual(order);
	});

	test('scales an overrun so the session end sits inside the bar', () => {
		const t = buildTimeline([60 * MIN], [30 * MIN, 30 * MIN, 30 * MIN, 30 * MIN, 60 * MIN], 180 * MIN);
		expect(t.totalMs).toBe(240 * MIN);
		expect(t.sessionX).toBe(750);
		const last = t.segments.at(-1);
		expect((last?.x ?? 0) + (last?.w ?? 0)).toBe(TIMELINE_WIDTH);
	});

	test.each([
		{ runs: 40, bars: 40, size: 1 },
		{ runs: 41, bars: 21, size: 2 },
		{ runs: 1000, bars: 40, size: 25 },
	])('merges $runs runs into $bars bars of $size', ({ runs, bars, size }) => {
		const t = buildTimeline([], Array(runs).fill(MIN), 180 * MIN);
		expect(t.segments).toHaveLength(bars);
		expect(t.segments[0]?.last).toBe(size - 1);
		expect(t.segments.at(-1)?.last).toBe(runs - 1);
	});
});

describe('agenda', () => {
	test.each([
		{ minutes: [15, 20, 15, 10], total: 60 },
		{ minutes: [0.1, 0.2], total: 0.3 },
		{ minutes: [], total: 0 },
	])('totals $minutes as $total', ({ minutes, total }) => {
		expect(agendaTotal(minutes.map((m, i) => ({ id: i, key: 'custom', label: null, minutes: m })))).toBe(total);
	});

	test.each([
		{ overhead: 60, keys: ['welcome', 'walkthrough', 'breaks', 'wrapUp'] },
		{ overhead: 45, keys: ['fromLink'] },
		{ overhead: 0, keys: ['fromLink'] },
	])('reads overhead=$overhead as $keys', ({ overhead, keys }) => {
		const agenda = agendaFromOverhead(overhead);
		expect(agenda.map((i) => i.key)).toEqual(keys);
		expect(agendaTotal(agenda)).toBe(overhead);
	});

	test('lets an item grow only to the room the others leave in a day', () => {
		const big = [...DEFAULT_AGENDA, { id: 9, key: 'custom' as const, label: null, minutes: 1_375 }];
		expect(agendaItemSpec(big, 1).max).toBe(20);
		expect(newAgendaItem(big)).toEqual({ id: 10, key: 'custom', label: null, minutes: 5 });
	});
});
