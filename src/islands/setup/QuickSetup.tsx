/** The one-cell setup above a platform's steps: the cell, one copy button, its source. */
import type { SetupParts } from '~/lib/commands';
import { buildLink, fillText } from '~/lib/commands';
import { buildSetupCells, type QuickText } from '~/lib/setup-cell';
import { HydrateLater } from '../shared/HydrateLater';
import { SourceLink } from '../shared/SourceLink';
import { CommandBlock } from './CommandBlock';
import { StepLink } from './Step';
import type { SetupLabels } from './labels';

interface Props {
	quick: QuickText;
	parts: SetupParts;
	/** Unique per page: `<platform>-quick`. */
	anchor: string;
	labels: SetupLabels;
	/** True while the island hydrates: the cell hydrates in a task of its own. */
	defer: boolean;
}

/** The quick-setup cell, then the heading of the step-by-step list that follows it. */
export function QuickSetup({ quick, parts, anchor, labels, defer }: Props) {
	const link = quick.link ? buildLink(quick.link, parts) : undefined;
	return (
		<>
			{/* A div, not a named section: each platform's panel would add a landmark with the same name. */}
			<HydrateLater as="div" class="wr-quick" defer={defer}>
				<h3 id={anchor}>{labels.quickTitle}</h3>
				{quick.body && <p>{fillText(quick.body, parts)}</p>}
				{link && <StepLink link={link} />}
				<CommandBlock text={buildSetupCells(quick, parts, labels).setup} where={labels.shellPython} labels={labels} />
				<p class="wr-step-meta">
					<SourceLink info={quick} labels={labels} />
				</p>
			</HydrateLater>
			<h3>{labels.quickStepsTitle}</h3>
			<p>{labels.quickStepsHint}</p>
		</>
	);
}
