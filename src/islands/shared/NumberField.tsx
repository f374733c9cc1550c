/**
 * A labelled number field that keeps whatever the user typed. Valid input reaches the store
 * through `onValid`; invalid input shows a message beside the field and the store (and so
 * every result) keeps its last good value.
 */
import { useEffect, useId, useState } from 'preact/hooks';
import { parseNumber, type NumberSpec } from '~/lib/query';
import { FieldNotes, describedBy } from './FieldNotes';

/** Messages per refusal reason, with `{min}`/`{max}` placeholders. */
export type ValidationLabels = Record<
	'empty' | 'not-a-number' | 'not-whole' | 'too-small' | 'too-large',
	string
>;

interface Props {
	label: string;
	/** null: no value yet (e.g. a factor nobody measured); the field starts empty and is not an error while empty. */
	value: number | null;
	spec: NumberSpec;
	onValid: (value: number) => void;
	messages: ValidationLabels;
	/** Locale tag for the min/max shown in messages. */
	localeTag: string;
	hint?: string;
	name?: string;
	suffix?: string;
	/** Keeps the label for screen readers only (e.g. in a table whose column header says it). */
	hideLabel?: boolean;
}

/** The message for a refused value, with the spec's limits written for the locale. */
export function validationMessage(messages: ValidationLabels, reason: string, spec: NumberSpec, localeTag: string): string {
	const fmt = (n: number) => new Intl.NumberFormat(localeTag).format(n);
	return (messages[reason as keyof ValidationLabels] ?? messages['not-a-number'])
		.replace('{min}', fmt(spec.min))
		.replace('{max}', fmt(spec.max));
}

/** Number input with validation message and `aria-invalid`. */
export function NumberField({ label, value, spec, onValid, messages, localeTag, hint, name, suffix, hideLabel }: Props) {
	const id = useId();
	const [raw, setRaw] = useState(value === null ? '' : String(value));
	const parsed = parseNumber(raw, spec);
	// A change from elsewhere (a link, another island) replaces the text unless it already says that value.
	useEffect(() => {
		if (value === null) return;
		const current = parseNumber(raw, spec);
		if (!current.ok || current.value !== value) setRaw(String(value));
	}, [value]);
	const error =
		parsed.ok || (value === null && raw.trim() === '') ? undefined : validationMessage(messages, parsed.reason, spec, localeTag);
	return (
		<div class="wr-field">
			<label for={id} class={hideLabel ? 'visually-hidden' : undefined}>
				{label}
			</label>
			<span class="wr-field-input">
				<input
					id={id}
					name={name}
					type="text"
					inputMode={spec.integer ? 'numeric' : 'decimal'}
					autoComplete="off"
					value={raw}
					aria-invalid={error ? 'true' : undefined}
					aria-describedby={describedBy(id, hint, error)}
					onInput={(e) => {
						const text = e.currentTarget.value;
						setRaw(text);
						const next = parseNumber(text, spec);
						if (next.ok) onValid(next.value);
					}}
				/>
				{suffix && <span class="wr-field-suffix">{suffix}</span>}
			</span>
			<FieldNotes id={id} hint={hint} error={error} />
		</div>
	);
}
