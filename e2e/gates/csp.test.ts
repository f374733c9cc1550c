import { describe, expect, test } from 'vitest';
import { cspProblems, parseCsp } from './csp.mjs';

const STRICT = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; object-src 'none'; base-uri 'self'";
const page = (policy: string | undefined, before = '') =>
	`<!doctype html><html><head><meta charset="utf-8">${before}${
		policy === undefined ? '' : `<meta http-equiv="content-security-policy" content="${policy}">`
	}<script src="/a.js"></script></head><body></body></html>`;

describe('parseCsp', () => {
	test('reads directives and keeps the first of a repeated one', () => {
		const csp = parseCsp("script-src 'self' ; SCRIPT-SRC *; img-src data:;");
		expect(Object.fromEntries(csp)).toEqual({ 'script-src': ["'self'"], 'img-src': ['data:'] });
	});
});

describe('cspProblems', () => {
	test.each<[string, string, string[]]>([
		['a strict policy before any script', page(STRICT), []],
		['no policy', page(undefined), ['no <meta http-equiv="content-security-policy">']],
		[
			'a script before the policy',
			page(STRICT, '<script>1</script>'),
			['a <script> comes before the CSP meta tag, so the policy does not cover it'],
		],
		['unsafe-inline', page(STRICT.replace("'self' 'wasm", "'self' 'unsafe-inline' 'wasm")), ["script-src allows 'unsafe-inline'"]],
		['unsafe-eval', page(STRICT.replace("'wasm-unsafe-eval'", "'unsafe-eval'")), ["script-src allows 'unsafe-eval'"]],
		['any https host', page(STRICT.replace("'self' 'wasm", "https: 'wasm")), ['script-src allows https:']],
		[
			'default-src alone, when it is loose',
			page("default-src * 'unsafe-inline'; object-src 'none'; base-uri 'none'"),
			['script-src allows *', "script-src allows 'unsafe-inline'"],
		],
		[
			'no object-src or base-uri',
			page("script-src 'self'"),
			["object-src is unset, expected 'none'", "base-uri is unset, expected 'self' or 'none'"],
		],
	])('%s', (_title, html, expected) => {
		expect(cspProblems(html)).toEqual(expected);
	});
});
