/**
 * Hydrating the setup walkthrough's seven platform panels at once was one long task (Lighthouse
 * counted ~100 ms of blocking time on a phone). Preact leaves an element that has
 * `dangerouslySetInnerHTML` untouched while hydrating, neither walking nor rebuilding its
 * subtree: the panels not shown yet keep their server HTML that way, and are rendered live one
 * per idle moment afterwards (all of them at once before printing).
 */
import { useEffect, useRef, useState } from 'preact/hooks';

/** False while Astro renders the page on the server, where every panel renders in full. */
export const IN_BROWSER = typeof window !== 'undefined';

/** Spread on a panel that keeps its server-rendered content (give it no children). */
export const KEEP_SERVER_HTML = { dangerouslySetInnerHTML: { __html: '' } } as const;

/** Whether a panel renders live now: on the server, the selected one, any seen before, then the rest in idle time. */
export function useLivePanels(ids: readonly string[], selected: string, hydrated: boolean): (id: string) => boolean {
	const [ready, setReady] = useState(0);
	const seen = useRef(new Set<string>());
	seen.current.add(selected);
	useEffect(() => {
		if (!hydrated) return;
		const all = () => setReady(ids.length);
		window.addEventListener('beforeprint', all);
		return () => window.removeEventListener('beforeprint', all);
	}, [hydrated, ids.length]);
	useEffect(() => {
		if (!hydrated || ready >= ids.length) return;
		// One panel per idle moment keeps each task short; Safari has no requestIdleCallback.
		const next = () => setReady((n) => n + 1);
		if ('requestIdleCallback' in window) {
			const handle = window.requestIdleCallback(next);
			return () => window.cancelIdleCallback(handle);
		}
		const timer = setTimeout(next, 50);
		return () => clearTimeout(timer);
	}, [hydrated, ready, ids.length]);
	return (id) => !IN_BROWSER || seen.current.has(id) || ids.indexOf(id) < ready;
}
