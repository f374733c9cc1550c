/**
 * Subscribes a component to a nanostores store. Like `@nanostores/preact`'s hook, but the
 * re-render joins Preact's own batch (a microtask) instead of a `setTimeout`: a keystroke then
 * updates the field and every result in the same frame, where the timer cost a second frame
 * (layout, paint and layerize twice) on each key. A component given its `view` re-renders right
 * after the next paint while it is out of view (in-view.ts): the key's frame holds only what the
 * reader sees.
 */
import { listenKeys, type MapStore, type MapStoreKeys, type Store, type StoreValue } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';
import type { View } from './in-view';

/**
 * Runs `job` once the next frame has been painted, when the browser is idle: after anything else
 * queued for right after that paint (at the latest 100 ms on). A hidden tab paints no frame: the
 * job waits until the tab is shown.
 */
function afterPaint(job: () => void): void {
	requestAnimationFrame(() => ('requestIdleCallback' in self ? requestIdleCallback(job, { timeout: 100 }) : setTimeout(job)));
}

/** The store's value, kept current: re-renders on a change (of one of `keys`, for a map store), after the next paint while `view` is not near. */
export function useStore<S extends Store>(store: S, options: { keys?: readonly MapStoreKeys<S>[]; view?: View } = {}): StoreValue<S> {
	const value = store.get() as StoreValue<S>;
	const [, rerender] = useState({});
	const { keys, view } = options;
	useEffect(() => {
		const now = () => rerender({});
		const update = () => (view?.near === false ? afterPaint(now) : now());
		const off = keys ? listenKeys(store as unknown as MapStore, keys, update) : store.listen(update);
		// A change between this render and the subscription would otherwise be missed.
		if (store.get() !== value) update();
		return off;
	}, [store, String(keys)]);
	return value;
}
