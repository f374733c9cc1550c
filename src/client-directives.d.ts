/** `client:link` (src/client/hydrate-on-link.js, registered in astro.config.mjs). */
declare module 'astro' {
	interface AstroClientDirectives {
		'client:link'?: boolean;
	}
}
export {};
