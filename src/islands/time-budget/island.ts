/**
 * What each of the estimator's islands (TimeBudget, SessionSummary, Overview) does first: its
 * stores, its root key (rebuilt once if it hydrates after a link changed the stores, see
 * shared/hydration.ts), its formatters.
 */
import { useMemo } from 'preact/hooks';
import { useHydrationKey } from '../shared/hydration';
import { estimateStores } from '~/stores/time-budget';
import { TIME_BUDGET_STORES } from '~/stores/time-budget-url';
import { timeFormat } from '~/lib/time-format';
import type { IslandProps } from './types';

/** The estimate stores for the page's platform data, the root key, the formatters and the heading tag. */
export function useIsland({ platforms, labels, localeTag, headingLevel = 2 }: IslandProps) {
	const stores = estimateStores(platforms);
	const key = useHydrationKey(TIME_BUDGET_STORES);
	const f = useMemo(() => timeFormat(labels, localeTag), [labels, localeTag]);
	return { ...stores, key, f, heading: headingLevel === 3 ? 'h3' : 'h2' } as const;
}
