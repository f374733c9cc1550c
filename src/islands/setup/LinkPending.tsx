/** What a setup page says while a link's steps are on their way (see islands.css, "Before a link's values"). */
import type { SetupLabels } from './labels';

/**
 * One live region for the loading line and, if the script is late, the notice that the steps
 * shown are the defaults. CSS shows either only for a link that sets a step's value; empty once
 * hydrated.
 */
export function LinkPending({ hydrated, labels }: { hydrated: boolean; labels: Pick<SetupLabels, 'linkPending' | 'linkPendingLate'> }) {
	return (
		<div role="status">
			{!hydrated && (
				<>
					<p class="wr-link-late wr-notice">{labels.linkPendingLate}</p>
					<p class="wr-link-pending">{labels.linkPending}</p>
				</>
			)}
		</div>
	);
}
