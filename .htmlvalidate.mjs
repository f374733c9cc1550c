/**
 * html-validate configuration for the built pages (e2e/quality-html.test.ts). Every
 * departure from `html-validate:recommended` is listed here with its reason.
 */
export default {
	root: true,
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Astro injects `<style>astro-island,…{display:contents}</style>` before the first
			// island, inside <body>. Browsers apply a body <style> as they would one in <head>;
			// allowing <style> as flow content keeps every other content-model check.
			style: { flow: true },
		},
	],
	rules: {
		// Preact's server renderer writes void elements self-closed (`<input/>`) while Astro
		// omits the slash; both are valid HTML syntax, so this style rule has nothing to enforce.
		'void-style': 'off',
		// A group of checkboxes sharing one name is how a GET form sends a list (the comparison's
		// `platforms` chooser); radios and buttons are shared by default, checkboxes are added.
		'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
	},
};
