/**
 * The session timeline: agenda items and runs laid end to end, in SVG user units across a
 * fixed width, with the session end marked. Long plans are merged into at most
 * `maxRunSegments` bars so a 1,000-run plan draws a few dozen rectangles, not a thousand.
 */

/** Width of the timeline's viewBox; the SVG scales it to the page. */
export const TIMELINE_WIDTH = 1000;
/** Most run bars drawn; longer plans are grouped into consecutive runs. */
const MAX_RUN_SEGMENTS = 40;

/** One bar: an agenda item (`first` = its index) or runs `first`…`last` (0-based). */
interface TimelineSegment {
	kind: 'agenda' | 'runs';
	first: number;
	last: number;
	startMs: number;
	endMs: number;
	/** Position and width in viewBox units, rounded to 0.1. */
	x: number;
	w: number;
}

/** The laid-out timeline. `sessionX` marks the session end; past it is overrun. */
export interface Timeline {
	segments: TimelineSegment[];
	totalMs: number;
	sessionX: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Order: every agenda item but the last, then the runs, then the last item (the wrap-up
 * closes a session). With a single item (e.g. overhead from a link) it comes first.
 */
export function buildTimeline(
	agendaMs: readonly number[],
	runMs: readonly number[],
	sessionMs: number,
	maxRunSegments = MAX_RUN_SEGMENTS,
): Timeline {
	const groups: Omit<TimelineSegment, 'startMs' | 'endMs' | 'x' | 'w'>[] = [];
	const closing = agendaMs.length >= 2 ? agendaMs.length - 1 : agendaMs.length;
	for (let i = 0; i < closing; i++) groups.push({ kind: 'agenda', first: i, last: i });
	const size = Math.max(1, Math.ceil(runMs.length / Math.max(1, maxRunSegments)));
	for (let i = 0; i < runMs.length; i += size) groups.push({ kind: 'runs', first: i, last: Math.min(runMs.length, i + size) - 1 });
	if (closing < agendaMs.length) groups.push({ kind: 'agenda', first: closing, last: closing });

	let usedMs = 0;
	const timed = groups.map((g) => {
		const source = g.kind === 'agenda' ? agendaMs : runMs;
		let ms = 0;
		for (let i = g.first; i <= g.last; i++) ms += source[i] ?? 0;
		const seg = { ...g, startMs: usedMs, endMs: usedMs + ms };
		usedMs += ms;
		return seg;
	});
	const totalMs = Math.max(sessionMs, usedMs, 1);
	const scale = (ms: number) => round1((ms / totalMs) * TIMELINE_WIDTH);
	return {
		segments: timed.map((s) => ({ ...s, x: scale(s.startMs), w: round1(scale(s.endMs) - scale(s.startMs)) })),
		totalMs,
		sessionX: scale(sessionMs),
	};
}
