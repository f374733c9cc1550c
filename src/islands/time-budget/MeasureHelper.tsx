/** "N epochs took M seconds": works out seconds per epoch from a timing the user made. */
import { useId, useState } from 'preact/hooks';
import { fill } from '~/lib/fill';
import { EPOCHS_SPEC, SPE_SPEC } from '~/lib/time-budget';
import { deriveSecondsPerEpoch, MEASURED_SECONDS_SPEC, MNIST_RUN } from '~/lib/time-plan';
import { setTraining } from '~/stores/time-budget';
import { NumberField, validationMessage } from '../shared/NumberField';
import { useShownError } from '../shared/settle';
import type { TimeFormat } from './format';
import type { Messages, TimeLabels } from './types';

interface Props {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

/**
 * A collapsed helper: two fields and a button that applies the derived figure. A derived
 * figure out of range is an error of both fields, wired like any field's error, and the
 * button stays in place, disabled.
 */
export function MeasureHelper({ labels: t, messages, localeTag, f }: Props) {
	const id = useId();
	const [epochs, setEpochs] = useState<number>(MNIST_RUN.epochs);
	const [seconds, setSeconds] = useState<number>(MNIST_RUN.seconds);
	const derived = deriveSecondsPerEpoch(epochs, seconds);
	const [error] = useShownError(derived.ok ? undefined : validationMessage(messages, derived.reason, SPE_SPEC, localeTag));
	const errorId = error ? `${id}-error` : undefined;
	const common = { messages, localeTag, sharedErrorId: errorId };
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
			{error && (
				<p id={errorId} class="wr-error" role="alert">
					{t.spe}
					{t.labelSeparator}
					{error}
				</p>
			)}
			<button
				type="button"
				class="needs-js"
				disabled={!derived.ok}
				aria-describedby={errorId}
				onClick={() => derived.ok && setTraining('secondsPerEpoch', derived.value)}
			>
				{fill(t.measureUse, { spe: derived.ok ? f.num(derived.value) : '–' })}
			</button>
		</details>
	);
}
