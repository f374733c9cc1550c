/**
 * The time-budget estimator: session, agenda and runs in; the estimate for the platform in
 * use out (the timeline and every other platform: time-budget/Overview.tsx, its own island). Reads a link once after mount (the server
 * render shows the defaults), then keeps the URL in step with every change.
 */
import { chosenPlatform } from '~/lib/platform-ids';
import { useStore } from './shared/useStore';
import { useId, useMemo } from 'preact/hooks';
import type { PlatformId } from '~/lib/platform-ids';
import { timeBudgetCodec } from '~/stores/time-budget-url';
import { $workshop, setPlatform } from '~/stores/workshop';
import { ParamNotices } from './shared/ParamNotices';
import { useUrlBinding } from './shared/useUrlBinding';
import { AgendaEditor } from './time-budget/AgendaEditor';
import { useIsland } from './time-budget/island';
import { Results } from './time-budget/Results';
import { SessionField } from './time-budget/SessionField';
import { RunsEditor } from './time-budget/RunsEditor';
import type { IslandProps } from './time-budget/types';

/** The estimator island. */
export function TimeBudget(props: IslandProps) {
	const { labels: t, messages, localeTag, platforms } = props;
	const { key, f, heading, $chosen } = useIsland(props);
	const workshop = useStore($workshop, { keys: ['platform', 'sessionMinutes'] });
	const chosen = useStore($chosen);
	const id = useId();
	const notices = useUrlBinding(() => timeBudgetCodec(props.platformField !== false));
	const common = { labels: t, messages, localeTag, f };
	// The editors read their own stores; reusing the elements skips them when only the session
	// or the platform changed (a keystroke in the session field re-rendered every run field).
	const editors = useMemo(
		() => (
			<>
				<AgendaEditor {...common} />
				<RunsEditor {...common} />
			</>
		),
		[t, messages, localeTag, f],
	);
	const platform = chosenPlatform(platforms, workshop.platform);
	return (
		<div class="tb" key={key}>
			<ParamNotices notices={notices} title={messages.noticesTitle} reasons={messages} localeTag={localeTag} />
			<div class="tb-grid">
				<div class="tb-inputs">
					<fieldset>
						<legend>{t.sessionLegend}</legend>
						<SessionField minutes={workshop.sessionMinutes} labels={t} messages={messages} localeTag={localeTag} />
						{props.platformField !== false && (
							<div class="wr-field">
								<label for={`${id}-platform`}>{t.platform}</label>
								<select id={`${id}-platform`} value={workshop.platform} onChange={(e) => setPlatform(e.currentTarget.value as PlatformId)}>
									{platforms.map((p) => (
										<option key={p.id} value={p.id}>
											{p.name}
										</option>
									))}
								</select>
							</div>
						)}
					</fieldset>
					{editors}
				</div>
				<div class="tb-outputs">
					{platform && chosen && (
						<Results platform={platform} factor={chosen.factor} estimate={chosen.estimate} heading={heading} {...common} />
					)}
				</div>
			</div>
		</div>
	);
}
