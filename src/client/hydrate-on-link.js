/**
 * `client:link`: hydrates an island at once when the page was opened from a link with values
 * (a query string) or as soon as the reader changes any field, otherwise when it scrolls into
 * view. For islands that show figures computed from a link (the time-budget timeline and
 * table): find in page, screen readers and printing never meet the defaults in place of the
 * link's figures, and a plain visit loads no more JavaScript than `client:visible` did.
 * @type {import('astro').ClientDirective}
 */
export default function hydrateOnLink(load, _options, el) {
	// Kept tiny: it is inlined into every page that uses it, inside the JS budget.
	let started;
	const go = () => started || (started = load().then((hydrate) => hydrate()));
	const io = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && go());
	// `?` followed by anything: the page was opened from a link with values.
	if (location.search[1]) go();
	else addEventListener('input', go, true);
	for (const child of el.children) io.observe(child);
}
