/**
 * The session timeline of the platform in use, derived from the estimator's stores. Apart from
 * time-budget.ts so only the island that draws it (time-budget/Overview.tsx) loads the layout code.
 */
import { computed } from 'nanostores';
import { minutesMs } from '~/lib/duration';
import { buildTimeline } from '~/lib/time-timeline';
import { $agenda, $chosen } from './time-budget';

/** The chosen platform's timeline, or null when it has no factor. */
export const $timeline = computed([$chosen, $agenda], (chosen, agenda) =>
	chosen?.estimate
		? buildTimeline(
				agenda.map((i) => minutesMs(i.minutes)),
				chosen.estimate.runMs,
				chosen.estimate.sessionMs,
			)
		: null,
);
