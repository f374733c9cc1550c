/**
 * Copies text on click only (never on load or hover), after cleaning it of invisible
 * characters, and confirms in a polite live region so screen readers hear it.
 */
import { useState } from 'preact/hooks';
import { cleanClipboardText } from '~/lib/clipboard';

interface Props {
	/** Exactly the text shown to the reader. */
	text: string;
	label: string;
	copiedLabel: string;
	failedLabel: string;
	/** Accessible name when the visible label alone is ambiguous (e.g. "Copy: git init"). */
	ariaLabel?: string;
	class?: string;
}

/** A button that copies `text` and says so. */
export function CopyButton({ text, label, copiedLabel, failedLabel, ariaLabel, class: className }: Props) {
	const [status, setStatus] = useState<'' | 'ok' | 'fail'>('');
	const copy = async () => {
		try {
			await navigator.clipboard.writeText(cleanClipboardText(text));
			setStatus('ok');
		} catch {
			setStatus('fail');
		}
	};
	return (
		<span class={`wr-copy ${className ?? ''}`}>
			<button type="button" onClick={copy} aria-label={ariaLabel}>
				{label}
			</button>
			<span role="status" class={status === 'fail' ? 'wr-error' : 'wr-muted'}>
				{status === 'ok' ? copiedLabel : status === 'fail' ? failedLabel : ''}
			</span>
		</span>
	);
}
