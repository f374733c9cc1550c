/**
 * The session timeline of the platform in use, derived from the estimator's stores. Apart from
 * time-budget.ts so only the island that draws it (time-budget/Overview.tsx) loads the layout code.
 */
import { computed, type ReadableAtom } from 'nanostores';
import { minutesMs } from '~/lib/duration';
import { buildTimeline } from '~/lib/time-timeline';
import { $agenda, type EstimateStores } from './time-budget';

const byChosen = new WeakMap<EstimateStores['$chosen'], ReadableAtom<ReturnType<typeof buildTimeline> | null>>();

/** The chosen platform's timeline, or null when it has no factor (one store per `$chosen`). */
export function timelineStore($chosen: EstimateStores['$chosen']) {
	const known = byChosen.get($chosen);
	if (known) return known;
	const $timeline = computed([$chosen, $agenda], (chosen, agenda) =>
		chosen?.estimate
			? buildTimeline(
					agenda.map((i) => minutesMs(i.minutes)),
					chosen.estimate.runMs,
					chosen.estimate.sessionMs,
				)
			: null,
	);
	byChosen.set($chosen, $timeline);
	return $timeline;
}
