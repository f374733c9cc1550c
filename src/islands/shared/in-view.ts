/**
 * Whether an island is near the viewport, so that its re-renders can wait while it is not.
 * A keystroke then paints the field and the results in view first; an island out of view (the
 * time-budget overview below the estimator) catches up right after that paint, before the
 * reader can scroll to it (issue 12: keystroke → painted result).
 */
import { useState } from 'preact/hooks';

/** An element's place relative to the viewport: near until first measured. */
export interface View {
	near: boolean;
}

/**
 * The view of an element, and the callback `ref` to put on it: Preact calls it with each element
 * it renders there (a keyed root rebuilt after hydration is a new one) and with null on unmount,
 * so the IntersectionObserver always watches what is on the page. One pair for the component's life.
 */
export function useView(): readonly [View, (el: Element | null) => void] {
	const [pair] = useState(() => {
		const view: View = { near: true };
		let io: IntersectionObserver | undefined;
		const ref = (el: Element | null) => {
			io?.disconnect();
			if (!el) return;
			// Half a screen beyond the viewport still counts as near: a fast scroll's reach.
			io = new IntersectionObserver((entries) => entries.forEach((e) => (view.near = e.isIntersecting)), { rootMargin: '50%' });
			io.observe(el);
		};
		return [view, ref] as const;
	});
	return pair;
}
