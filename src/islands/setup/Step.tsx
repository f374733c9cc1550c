/** One numbered step: title, what to do, its commands or link, the expected output, a Done box. */
import type { BuiltLink, BuiltStep } from '~/lib/commands';
import { fill } from '~/lib/fill';
import { SourceLink } from '../shared/SourceLink';
import { CommandBlock } from './CommandBlock';
import type { SetupLabels } from './labels';

interface Props {
	step: BuiltStep;
	/** Unique per page: `<platform>-<step id>`. */
	anchor: string;
	/** Ends the Done box's name ("Done: Check your setup (Kaggle)"), with `osLabel`: unique among the lists. */
	platformName: string;
	/** Shown beside the title when all OS variants are listed (no JS, print). */
	osLabel?: string | undefined;
	done: boolean;
	onDone: (done: boolean) => void;
	labels: SetupLabels;
}

const SHELL_LABEL = {
	posix: 'shellPosix',
	powershell: 'shellPowershell',
	python: 'shellPython',
	ipython: 'shellIpython',
} as const;

/** The body of a step (the caller supplies the `<li>` or section). */
export function Step({ step, anchor, platformName, osLabel, done, onDone, labels }: Props) {
	return (
		<>
			<h3 id={anchor}>
				{step.title}
				{osLabel && <span class="wr-step-os">{fill(labels.parenthetical, { text: osLabel })}</span>}
				{step.optional && <span class="wr-step-os">{fill(labels.parenthetical, { text: labels.optionalStep })}</span>}
			</h3>
			{step.body && <p>{step.body}</p>}
			{step.commands.map((c, i) => (
				<CommandBlock key={i} text={c.text} where={labels[SHELL_LABEL[c.shell]]} labels={labels} />
			))}
			{step.link && <StepLink link={step.link} />}
			{step.expected && (
				<p class="wr-expected">
					<strong>{labels.expected}</strong> {step.expected}
				</p>
			)}
			<p class="wr-step-meta">
				<label class="wr-done">
					<input type="checkbox" checked={done} onChange={(e) => onDone(e.currentTarget.checked)} /> {labels.done}
					<span class="visually-hidden">
						{labels.labelSeparator}
						{step.title}
						{fill(labels.parenthetical, { text: osLabel ? platformName + labels.listSeparator + osLabel : platformName })}
					</span>
				</label>{' '}
				<SourceLink info={{ source: step.source, asOf: step.asOf }} labels={labels} />
			</p>
		</>
	);
}

/** The link a step or the quick setup offers, as its own line. */
export function StepLink({ link }: { link: BuiltLink }) {
	return (
		<p>
			<a class="wr-step-link" href={link.href} rel="noopener noreferrer">
				{link.label}
			</a>
		</p>
	);
}
