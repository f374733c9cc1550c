/** The “[source, as of date]” link beside a value from the platform data. */
import { fill } from '~/i18n';
import type { Provenance } from '~/lib/cost-options';
import type { CostLabels } from './types';

interface Props {
	info: Provenance;
	labels: CostLabels;
}

/** A source link with the date the value was read, and "unconfirmed" where the data says so. */
export function Source({ info, labels }: Props) {
	return (
		<span class="wr-source">
			[<a href={info.source}>{labels.sourceLabel}</a>, {fill(labels.asOfLabel, { date: info.asOf })}
			{info.uncertain && (
				<>
					, <em>{labels.uncertainLabel}</em>
				</>
			)}
			]
		</span>
	);
}
