/**
 * Thirty hostile query strings, each built around one parameter a tool reads. Shared by the
 * browser gate (e2e/quality-hostile-queries.test.ts: no error, a visible notice naming the
 * parameter) and the fast-check fuzz test (test/url-fuzz.test.ts, as seed values).
 *
 * Every query here carries a value no parser may accept (whatever the parameter's range),
 * so each must end in a notice. Total length stays under 8 KB: `astro preview` (Node's HTTP
 * parser) refuses longer request lines, and so do many static hosts.
 */

const enc = encodeURIComponent;

/**
 * @typedef {{ name: string, query: (param: string) => string }} HostileQuery
 * `query(param)` returns the query string (without `?`) for the parameter `param`.
 */

/**
 * Values refused by every parser: not plain decimal numbers, ids, URLs or paths.
 * @public Also the URL fuzz test's (test/url-fuzz.test.ts), which knip does not follow (knip.jsonc).
 */
export const HOSTILE_VALUES = [
	'9'.repeat(4000),
	'',
	'-5',
	'1e3',
	'1e999',
	'0x10',
	'NaN',
	'Infinity',
	'1,000',
	'+25',
	'2 5',
	'25abc',
	'<script>alert(1)</script>',
	'"><img src=x onerror=alert(1)>',
	'javascript:alert(1)',
	'٢٥',
	'２５',
	'😀😀😀',
	'\u202e52',
	'\u0000',
	'%',
	'%2535',
	'{"__proto__":{"polluted":1}}',
	'../../../etc/passwd',
];

/** The thirty hostile queries. */
/** @type {HostileQuery[]} */
export const HOSTILE_QUERIES = [
	{ name: 'huge number (4000 digits)', query: (p) => `${p}=${'9'.repeat(4000)}` },
	{ name: 'huge text (7000 characters)', query: (p) => `${p}=${'A'.repeat(7000)}` },
	{ name: 'repeated twice', query: (p) => `${p}=5&${p}=6` },
	{ name: 'repeated 200 times', query: (p) => Array.from({ length: 200 }, () => `${p}=7`).join('&') },
	{ name: 'empty value', query: (p) => `${p}=` },
	{ name: 'no value at all', query: (p) => p },
	{ name: 'only spaces', query: (p) => `${p}=%20%20%20` },
	{ name: 'negative', query: (p) => `${p}=-5` },
	{ name: 'exponent', query: (p) => `${p}=1e999` },
	{ name: 'hexadecimal', query: (p) => `${p}=0x1F` },
	{ name: 'NaN', query: (p) => `${p}=NaN` },
	{ name: 'Infinity', query: (p) => `${p}=Infinity` },
	{ name: 'thousands separator', query: (p) => `${p}=1,000` },
	{ name: 'encoded script tag', query: (p) => `${p}=${enc('<script>alert(1)</script>')}` },
	{ name: 'raw markup', query: (p) => `${p}="><img src=x onerror=alert(1)>` },
	{ name: 'javascript: URL', query: (p) => `${p}=javascript:alert(document.cookie)` },
	{ name: 'Arabic-Indic digits', query: (p) => `${p}=${enc('٢٥')}` },
	{ name: 'full-width digits', query: (p) => `${p}=${enc('２５')}` },
	{ name: 'emoji', query: (p) => `${p}=${enc('😀😀😀')}` },
	{ name: 'right-to-left override', query: (p) => `${p}=${enc('\u202e52')}` },
	{ name: 'NUL byte', query: (p) => `${p}=%00` },
	{ name: 'invalid UTF-8', query: (p) => `${p}=%ED%A0%80%FF` },
	{ name: 'stray percent signs', query: (p) => `${p}=%&${p}2=%zz` },
	{ name: 'double-encoded', query: (p) => `${p}=%252535` },
	{ name: 'prototype keys', query: (p) => `__proto__=1&constructor=1&prototype=1&${p}=x` },
	{ name: '__proto__ JSON', query: (p) => `${p}=${enc('{"__proto__":{"polluted":1}}')}` },
	{ name: 'bracket keys', query: (p) => `${p}[]=5&${p}[__proto__]=1&${p}=abc` },
	{ name: 'very long unknown key', query: (p) => `${'k'.repeat(3000)}=1&${p}=%2B25` },
	{ name: '300 unknown parameters', query: (p) => `${Array.from({ length: 300 }, (_, i) => `x${i}=${i}`).join('&')}&${p}=25abc` },
	{ name: 'path traversal', query: (p) => `${p}=..%2F..%2F..%2Fetc%2Fpasswd` },
];
