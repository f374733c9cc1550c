/** "N epochs took M seconds": works out seconds per epoch from a timing the user made. */
import { useState } from 'preact/hooks';
import { fill } from '~/i18n';
import { EPOCHS_SPEC, SPE_SPEC } from '~/lib/time-budget';
import { deriveSecondsPerEpoch, MEASURED_SECONDS_SPEC } from '~/lib/time-plan';
import { setTraining } from '~/stores/time-budget';
import { NumberField, validationMessage } from '../shared/NumberField';
import type { TimeFormat } from './format';
import type { Messages, TimeLabels } from './types';

interface Props {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

/** A collapsed helper: two fields and a button that applies the derived figure. */
export function MeasureHelper({ labels: t, messages, localeTag, f }: Props) {
	const [epochs, setEpochs] = useState(5);
	const [seconds, setSeconds] = useState(12.5);
	const derived = deriveSecondsPerEpoch(epochs, seconds);
	const common = { messages, localeTag };
	return (
		<details class="tb-measure">
			<summary>{t.measureTitle}</summary>
			<NumberField label={t.measureEpochs} value={epochs} spec={EPOCHS_SPEC} onValid={setEpochs} {...common} />
			<NumberField
				label={t.measureSeconds}
				value={seconds}
				spec={MEASURED_SECONDS_SPEC}
				onValid={setSeconds}
				suffix={t.suffixSeconds}
				{...common}
			/>
			{derived.ok ? (
				<button type="button" onClick={() => setTraining('secondsPerEpoch', derived.value)}>
					{fill(t.measureUse, { spe: f.num(derived.value) })}
				</button>
			) : (
				<p class="wr-error">
					{t.spe}
					{t.labelSeparator}
					{validationMessage(messages, derived.reason, SPE_SPEC, localeTag)}
				</p>
			)}
		</details>
	);
}
