/** "N epochs took M seconds": works out seconds per epoch from a timing the user made. */
import { useId, useState } from 'preact/hooks';
import { fill } from '~/lib/fill';
import { EPOCHS_SPEC, SPE_SPEC } from '~/lib/time-budget';
import { deriveSecondsPerEpoch, MEASURED_SECONDS_SPEC, MNIST_RUN } from '~/lib/time-plan';
import { setTraining } from '~/stores/time-budget';
import { NumberField, validationMessage } from '../shared/NumberField';
import { useShownError } from '../shared/settle';
import type { TimeFormat } from '~/lib/time-format';
import type { Messages, TimeLabels } from './types';

interface Props {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

/** One field's last good value, and whether its text is refused now (then nothing is derived from it). */
interface Typed {
	value: number;
	refused: boolean;
}

/**
 * A collapsed helper: two fields and a button that applies the derived figure. A derived
 * figure out of range is an error of both fields, wired like any field's error, and the
 * button stays in place, disabled; so it does while either field's text is refused, since its
 * last good value is no longer what the field says.
 */
export function MeasureHelper({ labels: t, messages, localeTag, f }: Props) {
	const id = useId();
	const [epochs, setEpochs] = useState<Typed>({ value: MNIST_RUN.epochs, refused: false });
	const [seconds, setSeconds] = useState<Typed>({ value: MNIST_RUN.seconds, refused: false });
	const derived = deriveSecondsPerEpoch(epochs.value, seconds.value);
	const usable = derived.ok && !epochs.refused && !seconds.refused ? derived : undefined;
	// While a field is refused its own message speaks; the pair's would describe numbers no longer on screen.
	const [error] = useShownError(
		derived.ok || epochs.refused || seconds.refused ? undefined : validationMessage(messages, derived.reason, SPE_SPEC, localeTag),
	);
	const errorId = error ? `${id}-error` : undefined;
	const common = { messages, localeTag, sharedErrorId: errorId };
	/** The handlers of a field kept in `set`. */
	const track = (set: (update: (x: Typed) => Typed) => void) => ({
		onValid: (value: number) => set(() => ({ value, refused: false })),
		onRefused: () => set((x) => (x.refused ? x : { ...x, refused: true })),
	});
	return (
		<details class="tb-measure">
			<summary>{t.measureTitle}</summary>
			<NumberField label={t.measureEpochs} value={epochs.value} spec={EPOCHS_SPEC} {...track(setEpochs)} {...common} />
			<NumberField
				label={t.measureSeconds}
				value={seconds.value}
				spec={MEASURED_SECONDS_SPEC}
				{...track(setSeconds)}
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
				disabled={!usable}
				aria-describedby={errorId}
				onClick={() => usable && setTraining('secondsPerEpoch', usable.value)}
			>
				{fill(t.measureUse, { spe: usable ? f.num(usable.value) : '–' })}
			</button>
		</details>
	);
}
