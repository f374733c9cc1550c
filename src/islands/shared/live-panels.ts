/**
 * Hydrating the setup walkthrough's seven platform panels at once was one long task (Lighthouse
 * counted ~100 ms of blocking time on a phone), and rendering the hidden ones afterwards, even
 * one per idle moment, cost more. Preact leaves an element that has `dangerouslySetInnerHTML`
 * untouched while hydrating, neither walking nor rebuilding its subtree: the panels not shown
 * keep their server HTML that way (hidden), and a panel renders live once it is chosen, or
 * when the page is printed (the walkthrough prints every platform).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** False while Astro renders the page on the server, where every panel renders in full. */
export const IN_BROWSER = typeof window !== 'undefined';

/** Spread on a panel that keeps its server-rendered content (give it no children). */
export const KEEP_SERVER_HTML = { dangerouslySetInnerHTML: { __html: '' } } as const;

/** Whether a panel renders live: always on the server; in the browser the selected one, any chosen before, and all once printing starts. */
export function useLivePanels(selected: string, hydrated: boolean): (id: string) => boolean {
	const [printing, setPrinting] = useState(false);
	const seen = useRef(new Set<string>());
	seen.current.add(selected);
	useEffect(() => {
		if (!hydrated) return;
		// Preact renders the state change in a microtask, before the browser lays out the printout.
		const all = () => setPrinting(true);
		window.addEventListener('beforeprint', all);
		return () => window.removeEventListener('beforeprint', all);
	}, [hydrated]);
	return (id) => !IN_BROWSER || printing || seen.current.has(id);
}
