/**
 * Copies text on click only (never on load or hover), after cleaning it of invisible
 * characters, and confirms in a polite live region so screen readers hear it: every click
 * is announced (the message is emptied first), and it clears itself after a few seconds.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { cleanClipboardText } from '~/lib/clipboard';
import { pageLink } from '~/stores/url-sync';

/** How long the confirmation stays on screen. */
const SHOWN_MS = 3000;
/** Gap between emptying the message and writing it again, so a repeat is a new announcement. */
const REPEAT_GAP_MS = 100;

interface Props {
	/** Exactly the text shown to the reader, or how to get it at the click (the page's address). */
	text: string | (() => string);
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
	const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
	const later = (ms: number, next: '' | 'ok' | 'fail') => timers.current.push(setTimeout(() => setStatus(next), ms));
	useEffect(() => () => timers.current.forEach(clearTimeout), []);
	const copy = async () => {
		timers.current.forEach(clearTimeout);
		timers.current = [];
		setStatus('');
		let next: 'ok' | 'fail' = 'ok';
		try {
			await navigator.clipboard.writeText(cleanClipboardText(typeof text === 'function' ? text() : text));
		} catch {
			next = 'fail';
		}
		later(REPEAT_GAP_MS, next);
		later(REPEAT_GAP_MS + SHOWN_MS, '');
	};
	return (
		<span class={`wr-copy ${className ?? ''}`}>
			{/* Copying needs JavaScript: without it the button is not shown (global.css, .needs-js). */}
			<button type="button" class="needs-js" onClick={copy} aria-label={ariaLabel}>
				{label}
			</button>
			<span role="status" class={status === 'fail' ? 'wr-error' : 'wr-muted'}>
				{status === 'ok' ? copiedLabel : status === 'fail' ? failedLabel : ''}
			</span>
		</span>
	);
}

/** "Copy link": copies this page's address, which the tools keep in step with every change. */
export function CopyPageLink({ messages }: { messages: { copyLink: string; copied: string; copyFailed: string } }) {
	return <CopyButton text={pageLink} label={messages.copyLink} copiedLabel={messages.copied} failedLabel={messages.copyFailed} />;
}
