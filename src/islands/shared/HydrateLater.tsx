/**
 * Hydration in slices. Preact hydrates an island in one task; the setup walkthrough's and the
 * prep page's panel (a long cell, six or more steps) made that task long enough for Lighthouse
 * to count blocking time on a phone (issues 14 and 15). An element wrapped in `HydrateLater`
 * keeps its server HTML while the island hydrates (like the hidden panels, live-panels.ts),
 * then its children hydrate as a Preact root of their own, one root per task right after the
 * island's, so input can run between them. Elements first rendered after hydration (another
 * tab, print) are plain elements. A sub-root sees no Preact context and counts `useId` on its
 * own: give fields inside one an explicit `id`, as the setup fields do.
 */
import { createElement, hydrate, render, type ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { IN_BROWSER, KEEP_SERVER_HTML } from './live-panels';

interface Props {
	as: 'li' | 'div' | 'section';
	class: string;
	hidden?: boolean;
	/** True while the island hydrates (its first render); read once, at mount. */
	defer: boolean;
	children: ComponentChildren;
}

/** Waiting roots, each hydrated in a message task of its own, in order, soon after the island's. */
const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

function inOwnTask(job: () => void): void {
	if (!channel) {
		channel = new MessageChannel();
		channel.port1.onmessage = () => waiting.shift()?.();
	}
	waiting.push(job);
	channel.port2.postMessage(undefined);
}

/** `<as {...attributes}>{children}</as>`, its children hydrated a task after the island when `defer`. */
export function HydrateLater({ as, defer, children, ...attributes }: Props) {
	const ref = useRef<HTMLElement>(null);
	// The first children match the server HTML; later ones render over them once hydrated.
	const root = useRef({ own: IN_BROWSER && defer, live: false, gone: false, first: children, latest: children });
	const r = root.current;
	r.latest = children;
	useLayoutEffect(() => {
		if (r.own && r.live) render(r.latest, ref.current as HTMLElement);
	});
	useLayoutEffect(() => {
		if (!r.own) return;
		const el = ref.current as HTMLElement;
		r.gone = false;
		inOwnTask(() => {
			if (r.gone || r.live) return;
			const changed = r.latest !== r.first;
			hydrate(r.first, el);
			r.live = true;
			r.first = null;
			// Props that changed while it waited: hydration keeps the server's attributes, a render patches them.
			if (changed) render(r.latest, el);
		});
		return () => {
			r.gone = true;
			// Unmounts the root's components, so their store subscriptions end with the element.
			if (r.live) render(null, el);
		};
	}, []);
	return r.own ? createElement(as, { ...attributes, ref, ...KEEP_SERVER_HTML }) : createElement(as, attributes, children);
}
