/**
 * The hint and error lines under a field, and the `aria-describedby` value that ties them to
 * its input: one piece for every text and number field, so they read alike to screen readers.
 */
import type { ComponentChildren } from 'preact';

/** The ids a field's input is described by (`<id>-hint`, `<id>-error`), or undefined for none. */
export function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
	return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

interface Props {
	id: string;
	hint?: ComponentChildren;
	error?: string | undefined;
}

/** Hint (muted) and error (announced) lines for the field `id`. */
export function FieldNotes({ id, hint, error }: Props) {
	return (
		<>
			{hint && (
				<span id={`${id}-hint`} class="wr-field-hint">
					{hint}
				</span>
			)}
			{error && (
				<span id={`${id}-error`} class="wr-error" role="alert">
					{error}
				</span>
			)}
		</>
	);
}
