/**
 * Two-way binding between stores and the page's query string. Each tool describes its own
 * parameters as a codec; several codecs can share one page (the plan page) and each writes
 * only its own keys, leaving the others untouched.
 */
import type { ReadableAtom } from 'nanostores';
import type { ParamNotice } from '~/lib/query';

/** How one tool reads its parameters into stores and writes them back. */
export interface QueryCodec {
	/** Parameter names this codec owns (a name may end in `*` for a family, e.g. `price-*`). */
	keys: readonly string[];
	/** Applies valid values to the stores; returns a notice per refused parameter. */
	read(params: URLSearchParams): ParamNotice[];
	/** Writes the stores' current values into `params` (only its own keys). */
	write(params: URLSearchParams): void;
	/** Stores whose changes should update the URL. */
	stores: readonly ReadableAtom<unknown>[];
}

const owns = (keys: readonly string[], name: string) =>
	keys.some((k) => (k.endsWith('*') ? name.startsWith(k.slice(0, -1)) : k === name));

/** The query with the codec's keys replaced by the stores' values, other keys kept. */
export function mergeQuery(current: URLSearchParams, codec: Pick<QueryCodec, 'keys' | 'write'>): URLSearchParams {
	const next = new URLSearchParams();
	for (const [name, value] of current) if (!owns(codec.keys, name)) next.append(name, value);
	codec.write(next);
	return next;
}

/**
 * Reads the URL once into the stores, then mirrors store changes into the URL with
 * `history.replaceState` (no history entry per keystroke). Call from an island's mount
 * effect; returns the notices and an unbind function.
 */
export function bindUrl(codec: QueryCodec): { notices: ParamNotice[]; unbind: () => void } {
	const notices = codec.read(new URLSearchParams(window.location.search));
	const update = () => {
		const next = mergeQuery(new URLSearchParams(window.location.search), codec).toString();
		const url = `${window.location.pathname}${next ? `?${next}` : ''}${window.location.hash}`;
		if (url !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
			window.history.replaceState(window.history.state, '', url);
	};
	const unsubs = codec.stores.map((store) => store.listen(update));
	return { notices, unbind: () => unsubs.forEach((u) => u()) };
}
