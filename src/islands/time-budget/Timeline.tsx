/**
 * The session as one bar: agenda items (grey) and runs (accent) end to end, the session end
 * as a line, any overrun shaded past it. The SVG is decoration; the same figures are in a
 * list for screen readers. Long plans arrive already merged into at most 40 bars.
 */
import { fill } from '~/i18n';
import { TIMELINE_WIDTH, type Timeline as Layout } from '~/lib/time-timeline';
import type { TimeFormat } from './format';
import type { TimeLabels } from './types';

interface Props {
	timeline: Layout;
	/** Name of each agenda item, by index. */
	agendaNames: string[];
	/** Epochs of each run, by index. */
	runEpochs: number[];
	sessionMs: number;
	usedMs: number;
	labels: TimeLabels;
	f: TimeFormat;
	heading: 'h2' | 'h3';
}

const HEIGHT = 40;

/** Timeline figure with a text equivalent. */
export function Timeline({ timeline, agendaNames, runEpochs, sessionMs, usedMs, labels: t, f, heading: H }: Props) {
	const name = (s: Layout['segments'][number]) =>
		s.kind === 'agenda'
			? (agendaNames[s.first] ?? '')
			: s.first === s.last
				? fill(t.timelineRun, { n: s.first + 1, epochs: f.num(runEpochs[s.first] ?? 0) })
				: fill(t.timelineRunRange, { first: s.first + 1, last: s.last + 1 });
	const over = usedMs > sessionMs;
	return (
		<figure class="tb-timeline">
			<figcaption>
				<H>{t.timelineTitle}</H>
				<p>{fill(t.timelineSummary, { used: f.min(usedMs), session: f.min(sessionMs) })}</p>
			</figcaption>
			<svg viewBox={`0 0 ${TIMELINE_WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
				{timeline.segments.map((s) =>
					s.w > 0 ? <rect key={`${s.kind}${s.first}`} class={`tb-seg-${s.kind}`} x={s.x} y={6} width={s.w} height={HEIGHT - 12} /> : null,
				)}
				{over && <rect class="tb-seg-over" x={timeline.sessionX} y={0} width={TIMELINE_WIDTH - timeline.sessionX} height={HEIGHT} />}
				<line class="tb-end" x1={timeline.sessionX} x2={timeline.sessionX} y1={0} y2={HEIGHT} />
			</svg>
			<p class="tb-legend" aria-hidden="true">
				<span class="tb-key tb-key-agenda">{t.timelineAgenda}</span>
				<span class="tb-key tb-key-runs">{t.timelineRuns}</span>
				<span class="tb-key tb-key-end">{t.timelineEnd}</span>
				{over && <span class="tb-key tb-key-over">{t.timelineOver}</span>}
			</p>
			<ol class="visually-hidden">
				{timeline.segments.map((s) => (
					<li key={`${s.kind}${s.first}`}>{fill(t.timelineItem, { label: name(s), start: f.min(s.startMs), end: f.min(s.endMs) })}</li>
				))}
				<li>{fill(t.timelineEndAt, { t: f.min(sessionMs) })}</li>
			</ol>
		</figure>
	);
}
