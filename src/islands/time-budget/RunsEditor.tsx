/** The training runs: presets from the article, simple or plan mode, seconds per epoch. */
import { useStore } from '../shared/useStore';
import { useId } from 'preact/hooks';
import { EPOCHS_SPEC, RUNS_SPEC, SPE_SPEC, type TrainingMode } from '~/lib/time-budget';
import { ARTICLE } from '~/lib/article';
import { TIME_PRESETS, type TimePreset } from '~/lib/time-plan';
import { $training, applyPreset, setTraining } from '~/stores/time-budget';
import { NumberField } from '../shared/NumberField';
import type { TimeFormat } from '~/lib/time-format';
import { MeasureHelper } from './MeasureHelper';
import { PlanField } from './PlanField';
import type { Messages, TimeLabels } from './types';

const PRESET_LABEL = {
	mnist: 'presetMnist',
	streetcar: 'presetStreetcar',
	'workshop-2020': 'presetWorkshop2020',
} as const satisfies Record<TimePreset['id'], keyof TimeLabels>;

interface Props {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

/** Training inputs. */
export function RunsEditor({ labels: t, messages, localeTag, f }: Props) {
	const training = useStore($training);
	const id = useId();

	const common = { messages, localeTag };
	// The article's title stays English on every page: split the sentence around it to mark it.
	const cite = t.presetsSource.split('{title}');
	const modes: [TrainingMode, string][] = [
		['simple', t.modeSimple],
		['plan', t.modePlan],
	];
	return (
		<fieldset class="tb-runs">
			<legend>{t.trainingLegend}</legend>
			<div class="tb-presets" role="group" aria-labelledby={`${id}-presets`}>
				<span id={`${id}-presets`}>{t.presetsTitle}</span>
				{TIME_PRESETS.map((p) => (
					<button key={p.id} type="button" class="needs-js" onClick={() => applyPreset(p.id)}>
						{t[PRESET_LABEL[p.id]]}
					</button>
				))}
				<a class="tb-cite" href={ARTICLE.url}>
					{cite[0]}
					<span lang="en">{ARTICLE.title}</span>
					{cite[1]}
				</a>
			</div>
			<fieldset class="tb-mode">
				<legend>{t.modeLabel}</legend>
				{modes.map(([mode, label]) => (
					<label key={mode}>
						<input
							type="radio"
							name={`${id}-mode`}
							value={mode}
							checked={training.mode === mode}
							onChange={() => setTraining('mode', mode)}
						/>{' '}
						{label}
					</label>
				))}
			</fieldset>
			{training.mode === 'simple' ? (
				<div class="tb-row">
					<NumberField label={t.epochs} value={training.epochs} spec={EPOCHS_SPEC} onValid={(v) => setTraining('epochs', v)} {...common} />
					<NumberField label={t.runs} value={training.runs} spec={RUNS_SPEC} onValid={(v) => setTraining('runs', v)} {...common} />
				</div>
			) : (
				<PlanField plan={training.plan} labels={t} f={f} {...common} />
			)}
			<NumberField
				label={t.spe}
				value={training.secondsPerEpoch}
				spec={SPE_SPEC}
				onValid={(v) => setTraining('secondsPerEpoch', v)}
				hint={t.speHint}
				suffix={t.suffixSeconds}
				{...common}
			/>
			<MeasureHelper labels={t} f={f} {...common} />
		</fieldset>
	);
}
