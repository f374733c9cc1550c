/**
 * Waiting for typing to pause: one announcement per pause instead of one per keystroke, and
 * field errors that appear once the reader stops (or leaves the field), not on the first key.
 */
import { useEffect, useState } from 'preact/hooks';

/** How long typing must pause before a result is announced or an error shown. */
export const PAUSE_MS = 600;

/** `value` once it has stayed the same for `ms`; the first render returns it at once. */
export function useSettled<T>(value: T, ms = PAUSE_MS): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		const timer = setTimeout(() => setSettled(value), ms);
		return () => clearTimeout(timer);
	}, [value, ms]);
	return settled;
}

/**
 * The error a field shows: a new message after a pause or on blur (call the returned
 * function from `onBlur`), none as soon as the text is valid again, so `aria-invalid` and the
 * message never outlive the mistake.
 */
export function useShownError(error: string | undefined): [string | undefined, () => void] {
	const [shown, setShown] = useState(error);
	useEffect(() => {
		if (!error) return setShown(undefined);
		const timer = setTimeout(() => setShown(error), PAUSE_MS);
		return () => clearTimeout(timer);
	}, [error]);
	return [error ? shown : undefined, () => setShown(error)];
}
