/**
 * Whether an island is near the viewport, so that its re-renders can wait while it is not.
 * A keystroke then paints the field and the results in view first; an island out of view (the
 * time-budget overview below the estimator) catches up right after that paint, before the
 * reader can scroll to it (issue 12: keystroke → painted result).
 */
import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** An element's place relative to the viewport: near until first measured. */
export interface View {
	near: boolean;
}

/** The view of the element `ref` points to, kept current by an IntersectionObserver; `root` names that element (a keyed root rebuilt after hydration is another). */
export function useView(ref: RefObject<Element>, root: unknown): View {
	const [view] = useState<View>(() => ({ near: true }));
	useEffect(() => {
		// Half a screen beyond the viewport still counts as near: a fast scroll's reach.
		const io = new IntersectionObserver((entries) => entries.forEach((e) => (view.near = e.isIntersecting)), { rootMargin: '50%' });
		if (ref.current) io.observe(ref.current);
		return () => io.disconnect();
	}, [root]);
	return view;
}
