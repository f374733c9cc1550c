/**
 * The instructor's day-before checklist on `/plan/`: a private-window run of the setup, the
 * chosen platform's own pitfalls (from the platform data, with sources), a fallback platform
 * and the QR code slide; ticks persist per workshop. Also offers the setup notebook.
 */
import { chosenPlatform } from '~/lib/platform-ids';
import { withCellProgram, type CellProgram, type QuickData } from '~/lib/setup-cell';
import { notebookIntro } from '~/stores/prep-link';
import { useStore } from './shared/useStore';
import type { Dictionary } from '~/i18n';
import { fill } from '~/lib/fill';
import type { DayBeforePlatform } from '~/lib/setup-steps';
import { dayBefore } from '~/stores/checklist';
import { $setupParts } from '~/stores/setup';
import { $workshop, LINK_FIELDS } from '~/stores/workshop';
import { useHydrationKey } from './shared/hydration';
import { SourceLink } from './shared/SourceLink';
import { NotebookDownload } from './setup/NotebookDownload';
import type { SetupLabels } from './setup/labels';

interface Props {
	platforms: DayBeforePlatform<QuickData>[];
	/** The quick-setup cells' shared Python, sent once (see `withCellProgram`). */
	program: CellProgram;
	labels: Dictionary['plan'];
	setup: SetupLabels;
	/** The prep page's path, base and locale included. */
	prepPath: string;
	/** Title used when the plan has none (the prep page's default heading). */
	defaultTitle: string;
	localeTag: string;
}

/** The checklist section of the plan page. */
export function DayBefore({ platforms: sent, program, labels, setup, prepPath, defaultTitle, localeTag }: Props) {
	// Cheap (a spread per platform), and no child keeps an identity across renders.
	const platforms = withCellProgram(sent, program);
	const plan = useStore($workshop, { keys: [...LINK_FIELDS] });
	const parts = useStore($setupParts);
	const done = useStore(dayBefore.$state);
	const unsaved = useStore(dayBefore.$unsaved);
	// Hydrating after the plan's link was read would keep the default platform's source links.
	const key = useHydrationKey([$workshop, dayBefore.$state]);
	const platform = chosenPlatform(platforms, plan.platform);
	if (!platform) return null;
	const items = [
		{ id: 'private-window', text: labels.dayBeforePrivate },
		...platform.items,
		{ id: 'fallback', text: labels.dayBeforeFallback },
		{ id: 'qr-slide', text: labels.dayBeforeQr },
	];
	const ticked = done[platform.id] ?? [];
	const count = items.filter((i) => ticked.includes(i.id)).length;
	const intro = notebookIntro(prepPath, defaultTitle, localeTag);
	return (
		<section key={key} aria-labelledby="plan-day-before" class="wr-day-before">
			<h2 id="plan-day-before">{labels.dayBeforeTitle}</h2>
			<p>{fill(labels.dayBeforeIntro, { platform: platform.name })}</p>
			<ul class="wr-day-before-list">
				{items.map((item) => (
					<li key={item.id}>
						<label>
							<input
								type="checkbox"
								checked={ticked.includes(item.id)}
								onChange={(e) => dayBefore.setDone(platform.id, item.id, e.currentTarget.checked)}
							/>{' '}
							{item.text}
						</label>
						{'source' in item && (
							<>
								{' '}
								<SourceLink info={item} labels={setup} />
							</>
						)}
					</li>
				))}
			</ul>
			<p class="wr-progress">
				<span role="status">{fill(labels.dayBeforeProgress, { done: count, total: items.length })}</span>{' '}
				<button type="button" class="needs-js" onClick={() => dayBefore.reset(platform.id)}>
					{labels.dayBeforeReset}
				</button>
			</p>
			{unsaved && <p class="wr-notice">{setup.storageFailed}</p>}
			{platform.quick && <NotebookDownload platform={platform.id} quick={platform.quick} parts={parts} intro={intro} labels={setup} />}
		</section>
	);
}
