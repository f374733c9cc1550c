/** A platform's training-time factor: prefilled from the data, editable, with its source. */
import { fill } from '~/lib/fill';
import { FACTOR_SPEC, REFERENCE_PLATFORM } from '~/lib/time-budget';
import { setFactor } from '~/stores/time-budget';
import { NumberField } from '../shared/NumberField';
import { SourceLink } from '../shared/SourceLink';
import type { Messages, PlatformInfo, TimeLabels } from './types';

interface Props {
	platform: PlatformInfo;
	/** The factor in effect (override or data); null when nobody measured one. */
	value: number | null;
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	hideLabel?: boolean;
}

/** Factor field plus "[source, as of 2020-06]"; the reference platform's 1 as text. */
export function FactorField({ platform, value, labels: t, messages, localeTag, hideLabel = false }: Props) {
	if (platform.id === REFERENCE_PLATFORM)
		return (
			<div class="tb-factor">
				{fill(t.referenceFactor, { factor: fill(t.factorValue, { n: 1 }) })}
				<SourceLink info={platform} labels={t} />
			</div>
		);
	return (
		<div class="tb-factor">
			<NumberField
				label={fill(t.factorFor, { platform: platform.name })}
				value={value}
				spec={FACTOR_SPEC}
				onValid={(v) => setFactor(platform.id, v)}
				// Nobody measured one: emptying the field goes back to "no measured factor".
				onEmpty={platform.factor === null ? () => setFactor(platform.id, undefined) : undefined}
				messages={messages}
				localeTag={localeTag}
				suffix={t.suffixFactor}
				hideLabel={hideLabel}
			/>
			<SourceLink info={platform} labels={t} />
		</div>
	);
}
