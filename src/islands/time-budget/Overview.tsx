/**
 * The session timeline, the copy-link button and every platform side by side, as their own
 * island below the inputs.
 * Hydrated at once for a link, on the first input, or when scrolled into view (`client:link`):
 * that keeps the tool page's first load within its JavaScript budget.
 * It shares every store with the estimator, so it always shows the same plan (out of view, a
 * frame later).
 */
import { useView } from '../shared/in-view';
import { useStore } from '../shared/useStore';
import { runEpochs } from '~/lib/time-budget';
import { $agenda, $training } from '~/stores/time-budget';
import { timelineStore } from '~/stores/time-budget-timeline';
import { CopyPageLink } from '../shared/CopyButton';
import { $platform } from '~/stores/workshop';
import { agendaName } from './agenda-name';
import { useIsland } from './island';
import { PlatformTable } from './PlatformTable';
import { Timeline } from './Timeline';
import type { IslandProps } from './types';

/** Timeline of the platform in use, then the table of all platforms. */
export function Overview(props: IslandProps) {
	const { labels: t, messages, localeTag, platforms } = props;
	const { key, f, heading, $chosen, $estimates } = useIsland(props);
	// Below the estimator: out of view, a keystroke's re-render waits for the paint of what is in view.
	const [view, ref] = useView();
	const lazy = { view };
	const chosen = useStore($chosen, lazy);
	const timeline = useStore(timelineStore($chosen), lazy);
	const estimates = useStore($estimates, lazy);
	const agenda = useStore($agenda, lazy);
	const training = useStore($training, lazy);
	const platform = useStore($platform, lazy);
	return (
		<div class="tb-overview" key={key} ref={ref}>
			{timeline && chosen?.estimate && (
				<Timeline
					timeline={timeline}
					agendaNames={agenda.map((item) => agendaName(item, t))}
					runEpochs={runEpochs(training)}
					sessionMs={chosen.estimate.sessionMs}
					usedMs={chosen.estimate.usedMs}
					labels={t}
					f={f}
					heading={heading}
				/>
			)}
			<p class="needs-js">
				<CopyPageLink messages={messages} />
			</p>
			<PlatformTable
				rows={estimates}
				platforms={platforms}
				chosen={platform}
				labels={t}
				messages={messages}
				localeTag={localeTag}
				f={f}
				heading={heading}
			/>
		</div>
	);
}
