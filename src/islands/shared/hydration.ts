/**
 * The one way islands deal with hydration. Preact's hydration adopts the server's attributes
 * (classes, widths, hrefs, input values) and patches only text, so the first client render must
 * match the server's HTML, and anything else follows in a normal render after mount, which
 * patches attributes too.
 */
import { useEffect, useState } from 'preact/hooks';

/** False in the hydration render, true from the render after mount. */
export function useMounted(): boolean {
	const [mounted, setMounted] = useState(false);
	useEffect(() => setMounted(true), []);
	return mounted;
}

/** A store as far as this check needs it: nanostores keep the initial value as `init`. */
interface Initialised {
	get(): unknown;
	readonly init: unknown;
}

/**
 * The root key of an island that may hydrate after its stores left their initial values: a link
 * read by another island first, or a field typed into before this one scrolled into view
 * (`client:link`). In that case only, the key changes once after mount and Preact builds the
 * island afresh. (A store that loads saved state when first read, like the day-before
 * checklist, always counts as changed.)
 */
export function useHydrationKey(stores: readonly Initialised[]): 'ssr' | 'live' {
	const [stale] = useState(() => stores.some((s) => s.get() !== s.init));
	const mounted = useMounted();
	return stale && mounted ? 'live' : 'ssr';
}
