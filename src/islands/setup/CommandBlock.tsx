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

/** A labelled `<pre>` plus its copy button. */
export function CommandBlock({ text, where, labels }: Props) {
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
						command: text.split('\n')[0] ?? '',
					})}
				/>
			</div>
			<pre>
				<code>{text}</code>
			</pre>
		</div>
	);
}
