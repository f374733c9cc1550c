/**
 * Two-way binding between stores and the page's query string. A page's parameters are declared
 * in lib (`Params`); each store module says where its parameters live (a `StoreBinding`), and
 * `paramCodec` joins the two. Several codecs can share one page (the plan page): each writes only
 * its own keys, leaving the others untouched. The only module that touches the page's address.
 */
import type { ReadableAtom } from 'nanostores';
import { ownsParam, PARAMS_WRITTEN, readParams, writeParams, type Params } from '~/lib/params';
import type { ParamNotice } from '~/lib/query';
import { $workshop, LINK_FIELDS, setSessionMinutes } from './workshop';

/** How a page reads its parameters into stores and writes them back. */
export interface QueryCodec {
	/** Parameter names this codec owns (a name may end in `*` for a family, e.g. `price-*`). */
	keys: readonly string[];
	/** Applies valid values to the stores; returns a notice per refused parameter. */
	read(params: URLSearchParams): ParamNotice[];
	/** Writes the stores' current values into `params` (only its own keys). */
	write(params: URLSearchParams): void;
	/** Stores whose changes should update the URL. */
	stores: readonly ReadableAtom<unknown>[];
	/** Its own parameters (`ownQuery`) when it was made: an island makes it in its first render. */
	made?: string;
}

/** Where one owner's parameters live: the stores, read as parameter values and set from a link's. */
export interface StoreBinding {
	stores: readonly ReadableAtom<unknown>[];
	/** The values to write, by parameter name (a family's as a record); undefined ones are left out. */
	get(): Record<string, unknown>;
	/** Applies the link's valid values it owns; returns notices on values that disagree with each other. */
	set(values: Record<string, unknown>, query: URLSearchParams): ParamNotice[] | void;
}

/** The codec of a page showing `params`, each owned by one of `bindings`. */
export function paramCodec(params: Params, bindings: readonly StoreBinding[]): QueryCodec {
	const codec: QueryCodec = {
		keys: Object.keys(params),
		read(query) {
			const { values, notices } = readParams(params, query);
			for (const binding of bindings) notices.push(...(binding.set(values, query) ?? []));
			return notices;
		},
		write(into) {
			writeParams(params, Object.assign({}, ...bindings.map((b) => b.get())), into);
		},
		stores: bindings.flatMap((b) => b.stores),
	};
	codec.made = ownQuery(codec);
	return codec;
}

/** Link parameters of `$workshop` other than `session` (`sessionMinutes` in the store). */
const SAME_NAME = ['attendees', ...LINK_FIELDS] as const;

/** Where the workshop-wide parameters (lib/workshop-params.ts, lib/prep-link.ts) live: `$workshop`, their one owner on every page. */
export const WORKSHOP_BINDING: StoreBinding = {
	stores: [$workshop],
	get() {
		const { sessionMinutes, ...rest } = $workshop.get();
		return { ...rest, session: sessionMinutes };
	},
	set(values) {
		if (values.session !== undefined) setSessionMinutes(values.session as number);
		for (const key of SAME_NAME) if (values[key] !== undefined) $workshop.setKey(key, values[key] as never);
	},
};

/**
 * The query with the codec's keys replaced by the stores' values, other keys kept. A key in other
 * capitals (`ATTENDEES=`, refused with a notice when read) goes too, or every link copied after
 * an edit would carry it, and its notice, on.
 */
export function mergeQuery(current: URLSearchParams, codec: Pick<QueryCodec, 'keys' | 'write'>): URLSearchParams {
	const next = new URLSearchParams();
	for (const [name, value] of current) if (!ownsParam(codec.keys, name.toLowerCase())) next.append(name, value);
	codec.write(next);
	return next;
}

/** Codecs whose stores changed since the URL was last written, in the order they changed. */
const pending = new Set<Pick<QueryCodec, 'keys' | 'write'>>();

/**
 * Each bound codec's own parameters (`ownQuery`) as the address last took them, read or written.
 * A codec listens to whole stores: on the plan page a title typed into the details also wakes
 * the calculator and the time budget, through `$workshop`. Unchanged, they write nothing, so the
 * address gains no defaults of sections nobody edited. A codec whose read refused or dropped a
 * value has no baseline: its first write cleans that value out of the address, as before.
 */
const inAddress = new WeakMap<Pick<QueryCodec, 'keys' | 'write'>, string>();

/**
 * Writes every pending change into the URL in one `replaceState`. Several stores changed by one
 * keystroke (the plan page binds three codecs) become one write. It runs in a task of its own
 * after the keystroke's (`bindUrl` queues it with a zero timeout), which Chrome usually runs
 * after drawing the frame that shows the result: `replaceState` lays the page out and saves its
 * state, a fifth of a keystroke's main-thread time on /plan/, and the address can wait those
 * milliseconds where the result cannot. What reads the address flushes first: copy link, a tool
 * binding later, and any click (`flushOnLeave`: the language switch copies the query), so none
 * sees it stale; so does hiding or leaving the page, where timers may wait.
 */
function flushUrl(): void {
	if (pending.size === 0) return;
	// Taken first, so a codec that throws cannot leave the queue stuck (no later change would schedule a write).
	const codecs = [...pending];
	pending.clear();
	let query = new URLSearchParams(location.search);
	for (const codec of codecs) {
		const own = ownQuery(codec);
		if (own === inAddress.get(codec)) continue;
		inAddress.set(codec, own);
		query = mergeQuery(query, codec);
	}
	const next = query.toString();
	const search = next && `?${next}`;
	if (search === location.search) return;
	history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
	dispatchEvent(new Event(PARAMS_WRITTEN));
}

/**
 * Flushes before any click's own handlers (capture, on the window) and when the page is hidden,
 * which leaving it does too (`visibilitychange` bubbles from the document to the window).
 */
function flushOnLeave(): void {
	for (const type of ['click', 'visibilitychange']) addEventListener(type, flushUrl, true);
}

/** This page's full address as the tools keep it ('' on the server): what "copy link" copies. */
export function pageLink(): string {
	if (typeof location === 'undefined') return '';
	flushUrl();
	return location.href;
}

/** `path` (base included) as an absolute address on this site ('' on the server). */
export function siteLink(path: string): string {
	return typeof location === 'undefined' ? '' : `${location.origin}${path}`;
}

/** The codec's own parameters as it would write them now. */
export function ownQuery(codec: Pick<QueryCodec, 'keys' | 'write'>): string {
	return mergeQuery(new URLSearchParams(), codec).toString();
}

/**
 * Reads the URL once into the stores, then mirrors store changes into the URL with
 * `history.replaceState` (no history entry per keystroke). Call from an island's mount effect
 * (`useUrlBinding`), with the codec its first render made; returns the notices and an unbind
 * function.
 */
export function bindUrl(codec: QueryCodec): { notices: ParamNotice[]; unbind: () => void } {
	// Another tool's pending change must reach the URL before this one reads it, or a shared
	// parameter would be read back at its old value.
	flushUrl();
	// Typed between the island's hydration and this call, its handlers live and its listeners not
	// yet: its own parameters moved since it was made (another tool reading the link changes only
	// that tool's). Written below, or a reload or a shared link would drop it.
	const typed = codec.made !== undefined && ownQuery(codec) !== codec.made;
	const notices = codec.read(new URLSearchParams(location.search));
	// What it typed before binding is not in the address yet, and a refused or dropped value is
	// there but must go: no baseline, so the next write happens.
	if (typed || notices.length > 0) inAddress.delete(codec);
	else inAddress.set(codec, ownQuery(codec));
	// What the read changed came from the address: tools bound earlier that share a store (the
	// plan's) must not write their own parameters back on its account. Nothing else is pending,
	// as the flush above emptied the queue.
	pending.clear();
	// Added once per page: the same listener is not added twice.
	flushOnLeave();
	const update = () => {
		if (pending.size === 0) setTimeout(flushUrl);
		pending.add(codec);
	};
	const unsubs = codec.stores.map((store) => store.listen(update));
	if (typed) update();
	return {
		notices,
		unbind: () => {
			unsubs.forEach((u) => u());
			if (pending.has(codec)) flushUrl();
		},
	};
}
