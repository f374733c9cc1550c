/**
 * The session as one bar: agenda items (solid grey) and runs (accent stripes, so they differ
 * by more than hue: WCAG 1.4.1) end to end, the session end as a line, any overrun shaded
 * behind the bars past it (≥ 3:1 against the page). The SVG is decoration; the same figures
 * are in a list anyone can open below it. Long plans arrive already merged into at most 40 bars.
 */
import { useId } from 'preact/hooks';
import { fill } from '~/lib/fill';
import { TIMELINE_WIDTH, type Timeline as Layout } from '~/lib/time-timeline';
import type { TimeFormat } from '~/lib/time-format';
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
				? fill(t.timelineRun, { n: s.first + 1, epochs: f.epochs(runEpochs[s.first] ?? 0) })
				: fill(t.timelineRunRange, { first: s.first + 1, last: s.last + 1 });
	const over = usedMs > sessionMs;
	// Horizontal stripes: the SVG stretches only sideways, so they keep their look at any width.
	const stripes = `${useId()}-stripes`;
	return (
		<figure class="tb-timeline">
			<figcaption>
				<H>{t.timelineTitle}</H>
				<p>{fill(t.timelineSummary, { used: f.used(usedMs, sessionMs), session: f.min(sessionMs) })}</p>
			</figcaption>
			<svg viewBox={`0 0 ${TIMELINE_WIDTH} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
				<defs>
					<pattern id={stripes} patternUnits="userSpaceOnUse" width={TIMELINE_WIDTH} height={7}>
						<rect class="tb-stripe-bg" width={TIMELINE_WIDTH} height={7} />
						<rect class="tb-stripe" width={TIMELINE_WIDTH} height={4.5} />
					</pattern>
				</defs>
				{over && <rect class="tb-seg-over" x={timeline.sessionX} y={0} width={TIMELINE_WIDTH - timeline.sessionX} height={HEIGHT} />}
				{timeline.segments.map((s) =>
					s.w > 0 ? (
						<rect
							key={`${s.kind}${s.first}`}
							class={`tb-seg-${s.kind}`}
							fill={s.kind === 'runs' ? `url(#${stripes})` : undefined}
							x={s.x}
							y={6}
							width={s.w}
							height={HEIGHT - 12}
						/>
					) : null,
				)}
				<line class="tb-end" x1={timeline.sessionX} x2={timeline.sessionX} y1={0} y2={HEIGHT} />
			</svg>
			<p class="tb-legend" aria-hidden="true">
				<span class="tb-key tb-key-agenda">{t.timelineAgenda}</span>
				<span class="tb-key tb-key-runs">{t.timelineRuns}</span>
				<span class="tb-key tb-key-end">{t.timelineEnd}</span>
				{over && <span class="tb-key tb-key-over">{t.timelineOver}</span>}
			</p>
			<details class="tb-timeline-list">
				<summary>{t.timelineList}</summary>
				<ol>
					{timeline.segments.map((s) => {
						const [start, end] = f.span(s.startMs, s.endMs);
						return <li key={`${s.kind}${s.first}`}>{fill(t.timelineItem, { label: name(s), start, end })}</li>;
					})}
					<li>{fill(t.timelineEndAt, { t: f.min(sessionMs) })}</li>
				</ol>
			</details>
		</figure>
	);
}
