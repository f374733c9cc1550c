/**
 * Astro's Preact client (`@astrojs/preact/client.js`) minus its support for `@preact/signals`
 * props, which this site never passes. The stock client's `import('@preact/signals')` made every
 * island page load Vite's preload helper for that dynamic import (0.9 KB gzip) although it never
 * runs. Everything else is the stock client's: slots as static HTML, the island id that keeps
 * `useId` stable, `client:only`, unmount. astro.config.mjs swaps it in with a Vite alias, for
 * builds (`astro dev` keeps the stock client, with Preact's debug checks).
 */
import { h, hydrate, render } from 'preact';

/** A slot's server HTML, kept as it is (the stock client's StaticHtml). */
const StaticHtml = ({ value, name, hydrate: live = true }) =>
	value ? h(live ? 'astro-slot' : 'astro-static-slot', { name, dangerouslySetInnerHTML: { __html: value } }) : null;
StaticHtml.shouldComponentUpdate = () => false;

/** The island's numeric id, from which Preact's `useId` starts, as on the server. */
function islandMask(element) {
	const id = Number.parseInt(element.getAttribute('data-preact-island-id') ?? '', 10);
	return Number.isNaN(id) ? element.getAttribute('uid') : id;
}

export default (element) =>
	(Component, props, { default: children, ...slotted }, { client }) => {
		if (!element.hasAttribute('ssr')) return;
		if (element.dataset.preactSignals) console.error('Workshop Ready: signals props are not supported (src/client/preact-island.js)');
		for (const [key, value] of Object.entries(slotted)) props[key] = h(StaticHtml, { value, name: key });
		const child = h(Component, props, children != null ? h(StaticHtml, { value: children }) : children);
		const mask = islandMask(element);
		if (mask !== null) child._mask = child.__m = [mask, 0];
		if (client === 'only') {
			element.innerHTML = '';
			render(child, element);
		} else hydrate(child, element);
		element.addEventListener('astro:unmount', () => render(null, element), { once: true });
	};
