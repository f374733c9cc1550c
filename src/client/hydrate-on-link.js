/**
 * `client:link`: hydrates an island at once when the page was opened from a link with values
 * (a query string) or as soon as the reader changes any field, otherwise when it scrolls into
 * view. For islands that show figures computed from a link (the time-budget timeline and
 * table): find in page, screen readers and printing never meet the defaults in place of the
 * link's figures, and a plain visit loads no more JavaScript than `client:visible` did.
 *
 * `client:link="intent"`: at once for a link with values too, otherwise at the reader's first
 * touch (focus, pointer, click or input) of anything in any island, not on view. For a tool at
 * the top of its page whose server HTML already shows the default figures: a plain visit loads
 * no island JavaScript until the reader reaches for it, and every such island of the page wakes
 * together, so none shows stale figures.
 *
 * Either way nothing the reader did first is lost: after hydration, the fields typed into and
 * the buttons clicked are replayed in the reader's order, one render apart (so a button sees the
 * values typed before it), each field with its last value; a field the reader edits once the
 * island is live keeps what they typed, and a late click leaves their focus where it is.
 * @type {import('astro').ClientDirective}
 */
export default function hydrateOnLink(load, { value }, el) {
	// Kept small: it is inlined into every page that uses it, inside the JS budget.
	let started, live;
	// What the reader did before hydration, in order: [field, its value] or [button].
	const log = [];
	const prop = (c) => (/^(checkbox|radio)$/.test(c.type) ? 'checked' : 'value');
	const replay = async () => {
		while (log.length) {
			// Let each step's render land first, so a click sees the values typed before it.
			await new Promise((resolve) => setTimeout(resolve));
			// Taken after the wait: a field the reader types into meanwhile has left the log.
			const [target, value] = log.shift() ?? [];
			if (!target?.isConnected) continue;
			if (value === undefined) {
				const at = document.activeElement;
				target.click();
				// A late click must not pull the reader's focus from where they have gone since.
				if (at !== target && at !== document.body) at.focus();
			} else {
				target[prop(target)] = value;
				for (const type of ['input', 'change']) target.dispatchEvent(new Event(type, { bubbles: true }));
			}
		}
	};
	const wake = async (hydrate) => {
		await hydrate();
		live = 1;
		// After the first effects (Preact runs them after the next frame, or after a timeout in a
		// hidden tab): islands subscribe to their stores there, and a store bound to the address
		// reads it then.
		await new Promise((resolve) => {
			requestAnimationFrame(() => setTimeout(resolve));
			setTimeout(resolve, 100);
		});
		await replay();
	};
	const go = () => started || (started = load().then(wake));
	const note = (e) => {
		const target = e.target.closest?.('button[type=button]') ?? e.target;
		const field = e.type !== 'click';
		if (field ? !('value' in target) : target.type !== 'button') return;
		// A field's latest value takes the place of its earlier ones.
		const at = log.findIndex(([t]) => t === target);
		if (field && at >= 0) log.splice(at, 1);
		// Once live, Preact has the field; its own events replace any replay.
		if (!live) log.push(field ? [target, target[prop(target)]] : [target]);
	};
	for (const type of ['input', 'change', 'click']) el.addEventListener(type, note, true);
	// `?` followed by anything: the page was opened from a link with values.
	if (location.search[1]) return go();
	if (value === 'intent') {
		const touch = (e) => e.target.closest?.('astro-island') && go();
		// A screen reader's click may come with no focus or pointer event first.
		for (const type of ['focusin', 'pointerdown', 'click', 'input']) addEventListener(type, touch, true);
	} else {
		addEventListener('input', go, true);
		const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go());
		for (const child of el.children) io.observe(child);
	}
}
