/**
 * A compact, sticky bar with the session length and whether the plan fits on the platform in
 * use. It shares `$workshop.sessionMinutes` with the estimator, so either field moves both.
 * Its real height (which grows with wrapping and text spacing) sets the page's
 * `scroll-padding-top` through `--tb-summary-h`, so it never hides the focused element (WCAG 2.4.11).
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useRef } from 'preact/hooks';
import { fill } from '~/i18n';
import { $chosen } from '~/stores/time-budget';
import { $workshop } from '~/stores/workshop';
import { useIsland } from './time-budget/island';
import { SessionField } from './time-budget/SessionField';
import type { IslandProps } from './time-budget/types';

/** Session length field and a one-line verdict. */
export function SessionSummary(props: IslandProps) {
	const { labels: t, messages, localeTag, platforms } = props;
	const { key, f } = useIsland(props);
	const workshop = useStore($workshop);
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
	const status = !e
		? fill(t.summaryNoFactor, { platform })
		: e.fits
			? fill(t.summaryFits, { platform, left: f.min(e.leftMs) })
			: fill(t.summaryOver, { platform, over: f.min(e.overMs) });
	return (
		<section class="tb-summary" aria-label={t.summaryLabel} key={key} ref={bar}>
			<SessionField minutes={workshop.sessionMinutes} labels={t} messages={messages} localeTag={localeTag} />
			{/* Plain text: the estimator's own live region announces the verdict (one per tool). */}
			<p class={e ? (e.fits ? 'tb-fits' : 'tb-over') : 'wr-muted'}>
				<span aria-hidden="true">{e ? (e.fits ? '✓ ' : '✗ ') : ''}</span>
				{status}
			</p>
		</section>
	);
}
