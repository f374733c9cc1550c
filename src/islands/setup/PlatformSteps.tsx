/** One platform's steps built from the current workshop, with OS tabs where the steps differ by OS. */
import { useStore } from '../shared/useStore';
import { buildStep, buildSteps } from '~/lib/commands';
import { OS_IDS } from '~/lib/os';
import type { SetupPlatform } from '~/lib/setup-steps';
import { $checklist, $checklistUnsaved, resetChecklist, setStepDone } from '~/stores/checklist';
import { $os, $setupParts, chooseOs } from '~/stores/setup';
import { QuickSetup } from './QuickSetup';
import { StepList } from './StepList';
import { Tabs } from './Tabs';
import { osNames, type SetupLabels } from './labels';

interface Props {
	platform: SetupPlatform;
	/** False in the server render and the first client render: every OS variant is listed. */
	hydrated: boolean;
	labels: SetupLabels;
}

/** Steps, check and progress for `platform`. */
export function PlatformSteps({ platform, hydrated, labels }: Props) {
	const parts = useStore($setupParts);
	const os = useStore($os);
	const checklist = useStore($checklist);
	const unsaved = useStore($checklistUnsaved);
	const steps = buildSteps(platform.steps, parts);
	const check = platform.check ? buildStep(platform.check, parts) : undefined;
	const byOs = hydrated && steps.some((s) => s.os);
	const prefix = `${platform.id}-os`;
	const names = osNames(labels);
	const osItems = OS_IDS.map((id) => ({ id, label: names[id] }));
	return (
		<>
			{platform.quick && (
				<QuickSetup quick={platform.quick} parts={parts} anchor={`${platform.id}-quick`} labels={labels} defer={!hydrated} />
			)}
			{byOs && (
				<Tabs prefix={prefix} label={labels.osTabsLabel} items={osItems} selected={os} onSelect={chooseOs} controls={`${prefix}-panel`} />
			)}
			<StepList
				platform={platform.id}
				platformName={platform.name}
				steps={steps}
				check={check}
				os={byOs ? os : undefined}
				done={checklist[platform.id] ?? []}
				onDone={(stepId, done) => setStepDone(platform.id, stepId, done)}
				onReset={() => resetChecklist(platform.id)}
				unsaved={unsaved}
				labels={labels}
				defer={!hydrated}
				{...(byOs
					? {
							listProps: {
								id: `${prefix}-panel`,
								role: 'tabpanel',
								'aria-labelledby': `${prefix}-tab-${os}`,
								tabIndex: 0,
							},
						}
					: {})}
			/>
		</>
	);
}
