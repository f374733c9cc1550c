/** The session length field, bound to the shared `$workshop` store (the estimator and the summary bar both show it). */
import { SESSION_SPEC } from '~/lib/workshop-params';
import { setSessionMinutes } from '~/stores/workshop';
import { NumberField } from '../shared/NumberField';
import type { Messages, TimeLabels } from './types';

interface Props {
	minutes: number;
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
}

/** "Session length [180] min". */
export function SessionField({ minutes, labels: t, messages, localeTag }: Props) {
	return (
		<NumberField
			label={t.sessionLength}
			value={minutes}
			spec={SESSION_SPEC}
			onValid={setSessionMinutes}
			suffix={t.suffixMinutes}
			unitName={t.minutesName}
			messages={messages}
			localeTag={localeTag}
		/>
	);
}
