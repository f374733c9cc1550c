/**
 * Waiting for typing to pause: one announcement per pause instead of one per keystroke, and
 * field errors that appear once the reader stops (or leaves the field), not on the first key.
 */
import { useEffect, useState } from 'preact/hooks';

/** How long typing must pause before a result is announced or an error shown. */
const PAUSE_MS = 600;

/** `value` once it has stayed the same for PAUSE_MS; the first render returns it at once. */
function useSettled<T>(value: T): T {
	const [settled, setSettled] = useState(value);
	useEffect(() => {
		const timer = setTimeout(() => setSettled(value), PAUSE_MS);
		return () => clearTimeout(timer);
	}, [value]);
	return settled;
}

/**
 * The error a field shows: a new message after a pause or on blur (call the returned
 * function from `onBlur`), none as soon as the text is valid again, so `aria-invalid` and the
 * message never outlive the mistake.
 */
export function useShownError(error: string | undefined): [string | undefined, () => void] {
	const settled = useSettled(error);
	const [flushed, flush] = useState<string>();
	return [error ? (flushed === error ? error : settled) : undefined, () => flush(error)];
}

/**
 * A tool's one polite live region (WCAG 4.1.3): says the result as a sentence once typing
 * pauses, so "100" typed into a field is one announcement, not one per keystroke and figure.
 * The visible figures stay plain text; this copy is for screen readers only.
 */
export function Announce({ text }: { text: string }) {
	return (
		<p role="status" class="visually-hidden">
			{useSettled(text)}
		</p>
	);
}
