/** `client:link` and `client:link="intent"` (src/client/hydrate-on-link.js, registered in astro.config.mjs). */
declare module 'astro' {
	interface AstroClientDirectives {
		'client:link'?: boolean | 'intent';
	}
}
export {};
