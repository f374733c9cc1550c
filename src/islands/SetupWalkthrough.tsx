/**
 * The setup walkthrough: link notices and banner, the workshop fields, and one tab per
 * platform. Every panel is server-rendered (no JS: all visible); after mount the inactive
 * ones are hidden, except in print. Hydration adopts the hidden panels' HTML as it is and
 * renders each live once chosen or printed (shared/live-panels.ts).
 */
import { chosenPlatform, DEFAULT_PLATFORM } from '~/lib/platform-ids';
import { withCellProgram, type CellProgram, type QuickData } from '~/lib/setup-cell';
import { useStore } from './shared/useStore';
import { SETUP_KEYS } from '~/lib/prep-link';
import type { SetupPlatform } from '~/lib/setup-steps';
import { choosePlatform } from '~/stores/setup';
import { $platform } from '~/stores/workshop';
import { HydrateLater } from './shared/HydrateLater';
import { ParamNotices } from './shared/ParamNotices';
import { KEEP_SERVER_HTML, useLivePanels } from './shared/live-panels';
import { LinkBanner } from './setup/LinkBanner';
import { LinkPending } from './setup/LinkPending';
import { PlatformSteps } from './setup/PlatformSteps';
import { SetupInputs } from './setup/SetupInputs';
import { Tabs } from './setup/Tabs';
import type { SetupLabels } from './setup/labels';
import { useSetupPage } from './setup/useSetupPage';

interface Props {
	platforms: SetupPlatform<QuickData>[];
	/** The quick-setup cells' shared Python, sent once (see `withCellProgram`). */
	program: CellProgram;
	labels: SetupLabels;
}

/** Tabs, fields and steps of `/setup/`. */
export default function SetupWalkthrough({ platforms: sent, program, labels }: Props) {
	// Cheap (a spread per platform), and no child keeps an identity across renders.
	const platforms = withCellProgram(sent, program);
	const ids = platforms.map((p) => p.id);
	const { hydrated, notices } = useSetupPage(SETUP_KEYS, ids);
	const platform = useStore($platform);
	const selected = chosenPlatform(platforms, platform)?.id ?? DEFAULT_PLATFORM;
	const live = useLivePanels(selected, hydrated);
	return (
		<div class="wr-setup" data-ready={hydrated ? '' : undefined}>
			<ParamNotices notices={notices} title={labels.noticesTitle} reasons={labels.reasons} />
			<LinkBanner labels={labels} reset />
			<SetupInputs labels={labels} defer={!hydrated} />
			<LinkPending hydrated={hydrated} labels={labels} />
			<HydrateLater as="div" class="needs-js" defer={!hydrated}>
				<Tabs
					prefix="setup"
					label={labels.tabsLabel}
					items={platforms.map((p) => ({ id: p.id, label: p.name }))}
					selected={selected}
					onSelect={choosePlatform}
					plain={!hydrated}
				/>
			</HydrateLater>
			{platforms.map((p) => (
				<section
					key={p.id}
					id={`setup-panel-${p.id}`}
					class="wr-setup-panel"
					data-inactive={p.id === selected ? undefined : ''}
					{...(hydrated
						? {
								role: 'tabpanel',
								'aria-labelledby': `setup-tab-${p.id}`,
								// APG: the panel itself is the next tab stop after the tab list.
								tabIndex: 0,
								hidden: p.id !== selected,
							}
						: {})}
					{...(live(p.id) ? {} : KEEP_SERVER_HTML)}
				>
					{live(p.id) && (
						<>
							<h2>{p.name}</h2>
							<PlatformSteps platform={p} hydrated={hydrated} labels={labels} />
						</>
					)}
				</section>
			))}
		</div>
	);
}
