/**
 * What each of the estimator's islands (TimeBudget, SessionSummary, Overview) does first.
 *
 * Preact's hydration keeps the server's attributes (classes, widths, input values) and patches
 * only text. An island that hydrates after a link has already changed the stores (the summary
 * bar, or the timeline/table island hydrating on scroll) would show stale attributes, so once
 * mounted it re-renders from scratch under a new key, but only when the stores have left their
 * defaults: the default page hydrates without a second render.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { estimateStores } from '~/stores/time-budget';
import { TIME_BUDGET_STORES } from '~/stores/time-budget-url';
import { timeFormat } from './format';
import type { IslandProps } from './types';

/** The estimate stores for the page's platform data, the root key, the formatters and the heading tag. */
export function useIsland({ platforms, labels, localeTag, headingLevel = 2 }: IslandProps) {
	const stores = estimateStores(platforms);
	const [stale] = useState(() => TIME_BUDGET_STORES.some((s) => s.get() !== s.init));
	const [live, setLive] = useState(false);
	useEffect(() => {
		if (stale) setLive(true);
	}, []);
	const f = useMemo(() => timeFormat(labels, localeTag), [labels, localeTag]);
	return { ...stores, key: live ? 'live' : 'ssr', f, heading: headingLevel === 3 ? 'h3' : 'h2' } as const;
}
