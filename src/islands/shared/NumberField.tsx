/**
 * A labelled number field that keeps whatever the user typed. Valid input reaches the store
 * through `onValid`; invalid input shows a message beside the field once typing pauses (or on
 * blur) and the store (and so every result) keeps its last good value.
 */
import { useId } from 'preact/hooks';
import { fillLimits, parseNumber, type NumberSpec } from '~/lib/query';
import { FieldNotes, describedBy } from './FieldNotes';
import { useTypedField } from './typed-field';

/** Messages per refusal reason, with `{min}`/`{max}`/`{decimals}` placeholders. */
export type ValidationLabels = Record<
	'empty' | 'not-a-number' | 'not-whole' | 'too-precise' | 'grouped' | 'too-small' | 'too-large',
	string
>;

interface Props {
	label: string;
	/** null: no value yet (e.g. a factor nobody measured); the field starts empty and is not an error while empty. */
	value: number | null;
	spec: NumberSpec;
	onValid: (value: number) => void;
	/** Given where the value may be emptied again (a factor nobody measured): empty is then no error. */
	onEmpty?: (() => void) | undefined;
	/** Called when the typed text is refused, for a caller that derives from the field (see `useTypedField`). */
	onRefused?: (() => void) | undefined;
	messages: ValidationLabels;
	/** Locale tag for the min/max shown in messages. */
	localeTag: string;
	hint?: string;
	name?: string;
	suffix?: string;
	/** The unit in words, for screen readers where the suffix abbreviates it (" (minutes)" beside "min"). */
	unitName?: string;
	/** Keeps the label for screen readers only (e.g. in a table whose column header says it). */
	hideLabel?: boolean;
	/** Id of a message elsewhere that refuses this field's value together with others: marks it invalid and described by it. */
	sharedErrorId?: string | undefined;
}

/** The message for a refused value, with the spec's limits written for the locale. */
export function validationMessage(messages: ValidationLabels, reason: string, spec: NumberSpec, localeTag: string): string {
	return fillLimits(messages[reason as keyof ValidationLabels] ?? messages['not-a-number'], spec, localeTag);
}

/** Number input with validation message and `aria-invalid`. */
export function NumberField({
	label,
	value,
	spec,
	onValid,
	onEmpty,
	onRefused,
	messages,
	localeTag,
	hint,
	name,
	suffix,
	unitName,
	hideLabel,
	sharedErrorId,
}: Props) {
	const id = useId();
	const { error, input } = useTypedField({
		value,
		show: String,
		parse: (raw: string) => parseNumber(raw, spec),
		// An empty field with no value yet, or one that may be emptied (a factor nobody measured), is not an error.
		refusal: (failed, raw) =>
			(value === null || onEmpty) && raw.trim() === '' ? undefined : validationMessage(messages, failed.reason, spec, localeTag),
		onValid,
		onEmpty,
		onRefused,
	});
	return (
		<div class="wr-field">
			<label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
				{label}
				{unitName && <span class="visually-hidden">{unitName}</span>}
			</label>
			<span class="wr-field-input">
				<input
					id={id}
					name={name}
					type="text"
					inputMode={spec.integer ? 'numeric' : 'decimal'}
					autoComplete="off"
					aria-invalid={error || sharedErrorId ? 'true' : undefined}
					aria-describedby={[describedBy(id, hint, error), sharedErrorId].filter(Boolean).join(' ') || undefined}
					{...input}
				/>
				{suffix && <span class="wr-field-suffix">{suffix}</span>}
			</span>
			<FieldNotes id={id} hint={hint} error={error} />
		</div>
	);
}
