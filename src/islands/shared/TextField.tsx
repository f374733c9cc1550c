/**
 * A labelled text field for a workshop detail. Keeps whatever is typed; valid text (or an
 * empty field, meaning the default) reaches the store through `onValid`, anything else shows
 * a message beside the field while the commands keep the last valid value.
 */
import { useEffect, useId } from 'preact/hooks';
import type { Parsed } from '~/lib/query';
import { FieldNotes, describedBy } from './FieldNotes';
import { useTypedField } from './typed-field';

interface Props {
	label: string;
	hint: string;
	/** The store's current value ('' = default). */
	value: string;
	parse: (raw: string) => Parsed<string>;
	/** Gets the parsed value and the text it was read from. */
	onValid: (value: string, raw: string) => void;
	invalid: string;
	tooLong: string;
	name: string;
	/** The input's id, when other parts of the page link to it; else a generated one. */
	id?: string;
	/** Told whether the text is acceptable (or empty) whenever that changes. */
	onValidity?: (valid: boolean) => void;
}

/** Text input with hint, `aria-invalid` and a message for refused text. */
export function TextField({ label, hint, value, parse, onValid, invalid, tooLong, name, id: givenId, onValidity }: Props) {
	const generatedId = useId();
	const id = givenId ?? generatedId;
	const { error, input } = useTypedField({
		value,
		show: (v: string) => v,
		// An empty field means the default.
		parse: (raw: string) => (raw.trim() === '' ? ({ ok: true, value: '' } as const) : parse(raw)),
		// A refusal shows once typing pauses or the field is left (not on the first keystroke), and the
		// prep link's "incomplete" notice follows the same shown error, so neither speaks mid-word.
		refusal: (failed) => (failed.reason === 'too-large' ? tooLong : invalid),
		onValid,
	});
	useEffect(() => onValidity?.(!error), [!error]);
	useEffect(() => () => onValidity?.(true), []);
	return (
		<div class="wr-field wr-text-field">
			<label for={id}>{label}</label>
			<input
				id={id}
				name={name}
				type="text"
				spellcheck={false}
				autoComplete="off"
				autoCapitalize="off"
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy(id, hint, error)}
				{...input}
			/>
			<FieldNotes id={id} hint={hint} error={error} />
		</div>
	);
}
