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
 * Either way nothing the reader did first is lost: after hydration, each field the reader
 * changed gets its value back (the first renders may write the server's) and fires `input` and
 * `change`, and each button clicked is clicked again.
 * @type {import('astro').ClientDirective}
 */
export default function hydrateOnLink(load, { value }, el) {
	// Kept small: it is inlined into every page that uses it, inside the JS budget.
	let started, live;
	const clicked = [];
	const prop = (c) => (/^(checkbox|radio)$/.test(c.type) ? 'checked' : 'value');
	const edited = (c) =>
		c.options
			? [...c.options].some((o) => o.selected !== o.defaultSelected)
			: prop(c) === 'checked'
				? c.checked !== c.defaultChecked
				: c.value !== c.defaultValue;
	const wake = async (hydrate) => {
		// What the reader changed, read before hydration: the first renders may write the
		// server's values back into the fields.
		const edits = [...el.querySelectorAll('input,select,textarea')].filter(edited).map((c) => [c, c[prop(c)]]);
		await hydrate();
		// From here Preact handles clicks itself.
		live = 1;
		// After the first effects (Preact runs them in a timeout after the next frame): islands
		// subscribe to their stores there, and a store bound to the address reads it then.
		await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
		for (const [c, value] of edits) {
			c[prop(c)] = value;
			for (const type of ['input', 'change']) c.dispatchEvent(new Event(type, { bubbles: true }));
		}
		for (const b of clicked) if (b?.isConnected) b.click();
	};
	const go = () => started || (started = load().then(wake));
	// Before hydration, a click on one of its buttons is kept for replay.
	el.addEventListener('click', (e) => live || clicked.push(e.target.closest('button[type=button]')), true);
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
