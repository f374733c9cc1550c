import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { PARAMS_WRITTEN } from '~/lib/params';
import { atom, map } from 'nanostores';
import { bindUrl, ownQuery, pageLink, type QueryCodec } from './url-sync';

/** A page address the tests can read and `replaceState` can change. */
function stubPage(search: string) {
	const url = new URL(`https://example.org/plan/${search}`);
	const calls: string[] = [];
	const written: string[] = [];
	vi.stubGlobal('location', {
		get pathname() {
			return url.pathname;
		},
		get search() {
			return url.search;
		},
		get hash() {
			return url.hash;
		},
		get href() {
			return url.href;
		},
	});
	vi.stubGlobal('dispatchEvent', (event: Event) => written.push(event.type));
	// The window's and document's listeners, by event type, to fire them as the browser would.
	listeners = new Map();
	const listen = (type: string, listener: () => void) => void listeners.set(type, listener);
	vi.stubGlobal('addEventListener', listen);
	vi.stubGlobal('history', {
		state: null,
		replaceState: (_state: unknown, _title: string, next: string) => {
			calls.push(next);
			const resolved = new URL(next, url);
			url.search = resolved.search;
			url.hash = resolved.hash;
		},
	});
	events = written;
	return calls;
}

/** The events the stubbed page received. */
let events: string[] = [];
/** The listeners `bindUrl` added to the stubbed window. */
let listeners = new Map<string, () => void>();

/** A codec owning one parameter, `name`, kept in a store of its own. */
function codec(name: string, throws = false) {
	const $value = atom('');
	const c: QueryCodec = {
		keys: [name],
		read: (query) => {
			$value.set(query.get(name) ?? '');
			return [];
		},
		write: (into) => {
			if (throws && $value.get() === 'boom') throw new Error('refused');
			if ($value.get()) into.set(name, $value.get());
		},
		stores: [$value],
	};
	return { codec: c, $value };
}

/** Waits for the next task, where the write is queued. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve));

let unbinds: (() => void)[] = [];
beforeEach(() => (unbinds = []));
afterEach(() => {
	unbinds.forEach((u) => u());
	vi.unstubAllGlobals();
});

describe('bindUrl', () => {
	test('reads its own parameters from the address', () => {
		stubPage('?a=1&other=x');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		expect(a.$value.get()).toBe('1');
	});

	test('a write drops its own parameters written in other capitals, and keeps other names', async () => {
		const calls = stubPage('?A=1&Other=x');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('2');
		await settle();
		expect(calls).toEqual(['/plan/?Other=x&a=2']);
	});

	test('changes of several tools in one task become one replaceState, after the task’s own code', async () => {
		const calls = stubPage('?other=x');
		const a = codec('a');
		const b = codec('b');
		unbinds.push(bindUrl(a.codec).unbind, bindUrl(b.codec).unbind);
		a.$value.set('1');
		b.$value.set('2');
		a.$value.set('3');
		expect(calls, 'nothing written synchronously').toEqual([]);
		await settle();
		expect(calls).toEqual(['/plan/?other=x&a=3&b=2']);
	});

	test('the write waits for a task of its own, after the keystroke’s, then tells the page', async () => {
		const calls = stubPage('');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('1');
		await new Promise<void>((resolve) => queueMicrotask(resolve));
		expect(calls, 'not within the keystroke’s task').toEqual([]);
		await settle();
		expect(calls).toEqual(['/plan/?a=1']);
		expect(events, 'the page hears of it (the plan page stores it)').toEqual([PARAMS_WRITTEN]);
	});

	test('the plan page’s memory listens for the event sent here (it spells the name out)', () => {
		const script = readFileSync(new URL('../client/plan-storage.ts', import.meta.url), 'utf8');
		expect(script).toContain(`addEventListener('${PARAMS_WRITTEN}'`);
	});

	test.each(['click', 'visibilitychange'])('a %s flushes a change made in the same task', (type) => {
		// A click: the language switch copies the query in its handler; hiding or leaving: timers may wait.
		const calls = stubPage('');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('5');
		listeners.get(type)?.();
		expect(calls).toEqual(['/plan/?a=5']);
	});

	test('copy link gets the address with a change made in the same task', () => {
		stubPage('');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('7');
		expect(pageLink()).toBe('https://example.org/plan/?a=7');
	});

	test('a tool binding later reads the other tools’ pending changes, not the old address', () => {
		stubPage('?a=old');
		const first = codec('a');
		unbinds.push(bindUrl(first.codec).unbind);
		first.$value.set('new');
		const second = codec('a');
		unbinds.push(bindUrl(second.codec).unbind);
		expect(second.$value.get()).toBe('new');
	});

	test('a codec that throws does not stop later writes', async () => {
		const calls = stubPage('');
		const a = codec('a', true);
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('boom');
		// Flushed at once by copy link, so the throw is seen here rather than in a timer.
		expect(() => pageLink()).toThrow('refused');
		await settle();
		a.$value.set('fine');
		await settle();
		expect(calls).toEqual(['/plan/?a=fine']);
	});

	/**
	 * The plan page in small: the details own the title, the calculator attendees and months (with
	 * defaults it writes when it writes at all, and 0 attendees refused); both listen to one store.
	 */
	function planPage() {
		const $plan = map({ title: '', attendees: '25' });
		const details: QueryCodec = {
			keys: ['title'],
			read: (query) => {
				$plan.setKey('title', query.get('title') ?? '');
				return [];
			},
			write: (into) => void ($plan.get().title && into.set('title', $plan.get().title)),
			stores: [$plan],
		};
		const calculator: QueryCodec = {
			keys: ['attendees', 'months'],
			read: (query) => (query.get('attendees') === '0' ? [{ param: 'attendees', value: '0', reason: 'too-small' }] : []),
			write: (into) => {
				into.set('attendees', $plan.get().attendees);
				into.set('months', '1');
			},
			stores: [$plan],
		};
		unbinds.push(bindUrl(details).unbind, bindUrl(calculator).unbind);
		return $plan;
	}

	test('a tool woken by a shared store but not changed writes nothing: no defaults of sections nobody edited', async () => {
		const calls = stubPage('?title=X');
		const $plan = planPage();
		$plan.setKey('title', 'Y');
		await settle();
		expect(calls, 'the title alone').toEqual(['/plan/?title=Y']);
		$plan.setKey('attendees', '30');
		await settle();
		expect(calls.at(-1), 'the calculator, as on its own page').toBe('/plan/?title=Y&attendees=30&months=1');
		$plan.setKey('attendees', '25');
		await settle();
		expect(calls.at(-1), 'back to the default is a change too').toBe('/plan/?title=Y&attendees=25&months=1');
	});

	test('a tool whose read refused a value of the link cleans it out of the address at the next write, whoever caused it', async () => {
		const calls = stubPage('?title=X&attendees=0');
		planPage().setKey('title', 'Y');
		await settle();
		expect(calls, 'the refused value is gone from the address a copied link is made of').toEqual(['/plan/?title=Y&attendees=25&months=1']);
	});

	test('no write when the address already says it', async () => {
		const calls = stubPage('?a=1');
		const a = codec('a');
		unbinds.push(bindUrl(a.codec).unbind);
		a.$value.set('2');
		a.$value.set('1');
		await settle();
		expect(calls).toEqual([]);
		expect(events, 'and the page is told of no write').toEqual([]);
	});
});

describe('a value typed while an island wakes (its handler live, its binding not yet)', () => {
	/** Like `codec`, but reading applies only a parameter the address has, as the real codecs do. */
	function sharedCodec(name: string, $value: ReturnType<typeof atom<string>>): QueryCodec {
		return {
			keys: [name],
			read: (query) => {
				const value = query.get(name);
				if (value !== null) $value.set(value);
				return [];
			},
			write: (into) => void ($value.get() && into.set(name, $value.get())),
			stores: [$value],
		};
	}

	/** The codec as an island's first render makes it: its own parameters noted (as `paramCodec` does). */
	const made = (codec: QueryCodec): QueryCodec => ({ ...codec, made: ownQuery(codec) });

	test('reaches the address once the island binds it', async () => {
		const calls = stubPage('?other=x');
		const $value = atom('');
		const tool = made(sharedCodec('a', $value));
		$value.set('35');
		unbinds.push(bindUrl(tool).unbind);
		await settle();
		expect(calls).toEqual(['/plan/?other=x&a=35']);
	});

	test('what a link gave is not written back: not by the tool that read it, one bound earlier or one bound later', async () => {
		const calls = stubPage('?a=9');
		const $value = atom('');
		const $own = atom('');
		// Bound first, sharing the store, and with a parameter of its own it would add.
		const earlier: QueryCodec = { ...sharedCodec('b', $own), write: (into) => void into.set('b', 'default'), stores: [$value, $own] };
		const tools = [earlier, sharedCodec('a', $value), sharedCodec('a', $value)].map(made);
		for (const tool of tools) unbinds.push(bindUrl(tool).unbind);
		await settle();
		expect($value.get()).toBe('9');
		expect(calls).toEqual([]);
	});

	test('in a store several tools share, a value typed into a tool not yet bound reaches the address, though another tool wrote since', async () => {
		// The plan page: attendees typed into the calculator while it wakes live in `$workshop`,
		// which the details (already bound, and writing their own parameters) listen to as well.
		const calls = stubPage('');
		const $plan = map({ title: '', attendees: '' });
		const tool = (key: 'title' | 'attendees'): QueryCodec => ({
			keys: [key],
			read: () => [],
			write: (into) => void ($plan.get()[key] && into.set(key, $plan.get()[key])),
			stores: [$plan],
		});
		const [details, calculator] = [made(tool('title')), made(tool('attendees'))];
		unbinds.push(bindUrl(details).unbind);
		$plan.setKey('attendees', '35');
		await settle();
		unbinds.push(bindUrl(calculator).unbind);
		await settle();
		expect(calls).toEqual(['/plan/?attendees=35']);
	});
});
