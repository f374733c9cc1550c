/**
 * The experiment plan as one text field ("1, 10, 50"): a list of up to 1,000 runs stays one
 * input instead of 1,000. Like NumberField it keeps what was typed and passes on only a valid
 * plan, so the last good estimate stays while a message says what is wrong.
 */
import { useId } from 'preact/hooks';
import { fill } from '~/lib/fill';
import { pluralForm } from '~/lib/intl';
import { EPOCHS_SPEC } from '~/lib/time-budget';
import { formatPlan, parsePlan, totalEpochs } from '~/lib/time-plan';
import { setPlan } from '~/stores/time-budget';
import { validationMessage } from '../shared/NumberField';
import { FieldNotes, describedBy } from '../shared/FieldNotes';
import { useTypedField } from '../shared/typed-field';
import type { TimeFormat } from '~/lib/time-format';
import type { Messages, TimeLabels } from './types';

interface Props {
	plan: readonly number[];
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

const show = (plan: readonly number[]) => formatPlan(plan).replaceAll(',', ', ');

/** Plan text field with its summary and validation message. */
export function PlanField({ plan, labels: t, messages, localeTag, f }: Props) {
	const id = useId();
	const { error, input } = useTypedField({
		value: plan,
		show,
		parse: parsePlan,
		refusal: (failed) =>
			failed.item === undefined && failed.reason === 'too-large'
				? t.planTooMany
				: fill(t.planItem, { n: failed.item ?? 1, reason: validationMessage(messages, failed.reason, EPOCHS_SPEC, localeTag) }),
		onValid: setPlan,
	});
	return (
		<div class="wr-field tb-plan">
			<label for={id}>{t.plan}</label>
			<input
				id={id}
				type="text"
				inputMode="numeric"
				autoComplete="off"
				spellcheck={false}
				aria-invalid={error ? 'true' : undefined}
				aria-describedby={describedBy(id, true, error)}
				{...input}
			/>
			<FieldNotes
				id={id}
				hint={`${t.planHint} ${pluralForm(localeTag, plan.length, { one: t.planSummaryOne, other: fill(t.planSummary, { runs: f.num(plan.length), epochs: f.epochs(totalEpochs(plan)) }) })}`}
				error={error}
			/>
		</div>
	);
}
