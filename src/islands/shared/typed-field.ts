/**
 * What every typed field does (number, text, the run plan): keep whatever was typed, pass on
 * only a value that parses, show a refusal once typing pauses or the field is left, and take a
 * new value from elsewhere (a link, another island, Reset) unless the text already says it.
 */
import type { JSX } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Parsed } from '~/lib/query';
import { useShownError } from './settle';

interface Options<T, P extends Parsed<T>> {
	/** The store's value; null (nothing yet) never replaces the text. */
	value: T | null;
	/** The text for a value. */
	show: (value: T) => string;
	parse: (raw: string) => P;
	/** The message for refused text, or undefined where it is not an error (yet). */
	refusal: (failed: Exclude<P, { ok: true }>, raw: string) => string | undefined;
	/** Gets the parsed value and the text it was read from. */
	onValid: (value: T, raw: string) => void;
	/** Where a field may be left empty (a factor nobody measured): called when it is emptied. */
	onEmpty?: (() => void) | undefined;
	/** Called when typed text is refused (the value stays the last good one): for a caller that derives from the field. */
	onRefused?: (() => void) | undefined;
}

/** The field's text, its shown error, and the `value`/`onInput`/`onBlur`/`ref` of its input. */
export function useTypedField<T, P extends Parsed<T>>({ value, show, parse, refusal, onValid, onEmpty, onRefused }: Options<T, P>) {
	const [raw, setRaw] = useState(() => (value === null ? '' : show(value)));
	// On every new value (a new array with the same runs included, e.g. a preset that matches),
	// so refused text gives way to it.
	useEffect(() => {
		if (value === null) return;
		const current = parse(raw);
		if (!current.ok || show(current.value) !== show(value)) setRaw(show(value));
	}, [value]);
	const parsed = parse(raw);
	const [error, showError] = useShownError(parsed.ok ? undefined : refusal(parsed as Exclude<P, { ok: true }>, raw));
	const take = (text: string) => {
		setRaw(text);
		const next = parse(text);
		if (next.ok) onValid(next.value, text);
		else if (onEmpty && text.trim() === '') onEmpty();
		else onRefused?.();
	};
	const ref = useRef<HTMLInputElement>(null);
	// Text typed before this field's code arrived (a slow page on venue Wi-Fi): hydration leaves it
	// in the input but not in the state, and the next render would set the input back to the
	// state's text, keeping only what is typed from then on. Taken as typed, before any render.
	// Only text the reader changed (the server's stays the `value` attribute, `defaultValue`): a
	// value another island read from the link first is the state's, above the server's text.
	useLayoutEffect(() => {
		const el = ref.current;
		if (el && el.value !== el.defaultValue && el.value !== raw) take(el.value);
	}, []);
	const input = {
		ref,
		value: raw,
		onBlur: showError,
		onInput: (e: JSX.TargetedEvent<HTMLInputElement>) => take(e.currentTarget.value),
	};
	return { error, input };
}
