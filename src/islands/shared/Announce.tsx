/**
 * A tool's one polite live region (WCAG 4.1.3): says the result as a sentence once typing
 * pauses, so "100" typed into a field is one announcement, not one per keystroke and figure.
 * The visible figures stay plain text; this copy is for screen readers only.
 */
import { useSettled } from './settle';

/** Visually hidden `role="status"` that follows `text` after a pause. */
export function Announce({ text }: { text: string }) {
	return (
		<p role="status" class="visually-hidden">
			{useSettled(text)}
		</p>
	);
}
