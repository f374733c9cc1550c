/**
 * Subscribes a component to a nanostores store. Like `@nanostores/preact`'s hook, but the
 * re-render joins Preact's own batch (a microtask) instead of a `setTimeout`: a keystroke then
 * updates the field and every result in the same frame, where the timer cost a second frame
 * (layout, paint and layerize twice) on each key.
 */
import { listenKeys, type MapStore, type MapStoreKeys, type Store, type StoreValue } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/** The store's value, kept current: re-renders on a change (of one of `keys`, for a map store). */
export function useStore<S extends Store>(store: S, options: { keys?: readonly MapStoreKeys<S>[] } = {}): StoreValue<S> {
	const value = store.get() as StoreValue<S>;
	const [, rerender] = useState({});
	const keys = options.keys;
	useEffect(() => {
		const update = () => rerender({});
		const off = keys ? listenKeys(store as unknown as MapStore, keys, update) : store.listen(update);
		// A change between this render and the subscription would otherwise be missed.
		if (store.get() !== value) update();
		return off;
	}, [store, String(keys)]);
	return value;
}
