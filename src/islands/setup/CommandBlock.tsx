/** One command in its own block, with a copy button that copies exactly the text shown. */
import { CopyButton } from '../shared/CopyButton';
import { fill } from '~/lib/fill';
import type { SetupLabels } from './labels';

interface Props {
	text: string;
	/** What the command is typed into (Terminal, PowerShell, Notebook cell). */
	where: string;
	labels: SetupLabels;
}

/** Lines beyond which a command scrolls inside its own box, as tall as that (the one-cell setup runs to ~130). */
const LONG_LINES = 24;

/**
 * A labelled `<pre>` plus its copy button. A long command (the one-cell setup) scrolls in a box a
 * few dozen lines tall, so a phone shows the steps after it rather than metres of code to copy,
 * not read; the box takes keyboard focus, so it scrolls without a mouse too.
 */
export function CommandBlock({ text, where, labels }: Props) {
	const lines = text.split('\n');
	const long = lines.length > LONG_LINES;
	return (
		<div class="wr-command">
			<div class="wr-command-bar">
				<span class="wr-command-where">{where}</span>
				<CopyButton
					text={text}
					label={labels.copy}
					copiedLabel={labels.copied}
					failedLabel={labels.copyFailed}
					ariaLabel={fill(labels.copyAria, {
						command: lines[0] ?? '',
					})}
				/>
			</div>
			<pre {...(long && { class: 'wr-command-long', tabIndex: 0, role: 'group', 'aria-label': where })}>
				<code>{text}</code>
			</pre>
		</div>
	);
}
