/**
 * A compact, sticky bar with the session length and whether the plan fits on the platform in
 * use. It only reports: the session length has one field, in the estimator's Session fieldset.
 * Its real height (which grows with wrapping and text spacing) sets the page's
 * `scroll-padding-top` through `--tb-summary-h`, so it never hides the focused element (WCAG 2.4.11).
 */
import { useStore } from './shared/useStore';
import { useEffect, useRef } from 'preact/hooks';
import { minutesMs } from '~/lib/duration';
import { $workshop } from '~/stores/workshop';
import { verdictText } from '~/lib/time-format';
import { useIsland } from './time-budget/island';
import type { IslandProps } from './time-budget/types';

/** The session length and a one-line verdict. */
export function SessionSummary(props: IslandProps) {
	const { labels: t, platforms } = props;
	const { key, f, $chosen } = useIsland(props);
	const workshop = useStore($workshop, { keys: ['platform', 'sessionMinutes'] });
	const chosen = useStore($chosen);
	const platform = platforms.find((p) => p.id === workshop.platform)?.name ?? '';
	const e = chosen?.estimate;
	const bar = useRef<HTMLElement>(null);
	useEffect(() => {
		const observer = new ResizeObserver(([entry]) =>
			document.documentElement.style.setProperty('--tb-summary-h', `${(entry?.target as HTMLElement).offsetHeight}px`),
		);
		observer.observe(bar.current!);
		return () => observer.disconnect();
	}, []);
	const status = verdictText(f, e, { none: t.summaryNoFactor, fits: t.summaryFits, over: t.summaryOver }, { platform });
	return (
		<section class="tb-summary" aria-label={t.summaryLabel} key={key} ref={bar}>
			<span>
				{t.sessionLength}
				{t.labelSeparator}
				<strong>{f.min(minutesMs(workshop.sessionMinutes))}</strong>
			</span>
			{/* Plain text: the estimator's own live region announces the verdict (one per tool). */}
			<p class={e ? (e.fits ? 'tb-fits' : 'tb-over') : 'wr-muted'}>
				<span aria-hidden="true">{e ? (e.fits ? '✓ ' : '✗ ') : ''}</span>
				{status}
			</p>
		</section>
	);
}
