/**
 * A platform's numbered steps, its setup check and the checklist progress. OS-specific steps
 * of the local install are all rendered; those for other systems are hidden once an OS is
 * chosen (print shows them again, labelled).
 */
import type { BuiltStep } from '~/lib/commands';
import type { OsId } from '~/lib/os';
import type { PlatformId } from '~/lib/platform-ids';
import { fill } from '~/lib/fill';
import { HydrateLater } from '../shared/HydrateLater';
import { Step } from './Step';
import { osNames, type SetupLabels } from './labels';

interface Props {
	platform: PlatformId;
	/** In each Done box's name: without JavaScript every platform's list is on the page. */
	platformName: string;
	steps: BuiltStep[];
	check?: BuiltStep | undefined;
	/** The chosen OS; undefined (no JS yet) lists every variant. */
	os: OsId | undefined;
	done: readonly string[];
	onDone: (stepId: string, done: boolean) => void;
	onReset: () => void;
	unsaved: boolean;
	labels: SetupLabels;
	/** Attributes that make the steps the OS tabs' panel. */
	listProps?: Record<string, string | number>;
	/** True while the island hydrates: each step hydrates in a task of its own. */
	defer: boolean;
}

/** Steps, check and progress of one platform. */
export function StepList({ platform, platformName, steps, check, os, done, onDone, onReset, unsaved, labels, listProps, defer }: Props) {
	const osLabel = osNames(labels);
	const shown = steps.filter((s) => !os || !s.os || s.os === os);
	// Optional steps (an alternative way) are ticked like the others but not counted.
	const counted = (check ? [...shown, check] : shown).filter((s) => !s.optional);
	const count = counted.filter((s) => done.includes(s.id)).length;
	const progress = fill(labels.progress, { done: count, total: counted.length });
	const item = (step: BuiltStep) => (
		<Step
			step={step}
			anchor={`${platform}-${step.id}`}
			platformName={platformName}
			osLabel={step.os ? osLabel[step.os] : undefined}
			done={done.includes(step.id)}
			onDone={(d) => onDone(step.id, d)}
			labels={labels}
		/>
	);
	return (
		<div {...listProps}>
			{/* Also above the steps, so a returning attendee sees where they are; the live one is below. */}
			<p class="wr-progress wr-progress-top">{progress}</p>
			<ol class="wr-steps">
				{steps.map((step) => (
					<HydrateLater
						as="li"
						key={step.id}
						class={step.os ? 'wr-step wr-step-variant' : 'wr-step'}
						hidden={!shown.includes(step)}
						defer={defer}
					>
						{item(step)}
					</HydrateLater>
				))}
			</ol>
			{check && (
				<HydrateLater as="section" class="wr-step wr-check" defer={defer}>
					{item(check)}
				</HydrateLater>
			)}
			<p class="wr-progress">
				<span role="status">{progress}</span>{' '}
				<button type="button" class="needs-js" onClick={onReset}>
					{labels.resetProgress}
				</button>
			</p>
			{unsaved && <p class="wr-notice">{labels.storageFailed}</p>}
		</div>
	);
}
