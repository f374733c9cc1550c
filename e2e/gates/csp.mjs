/**
 * Static check of the Content-Security-Policy each built page declares in its
 * `<meta http-equiv="content-security-policy">` (Astro's built-in CSP, hashes only).
 */
import { tags } from './html.mjs';

/** Parses a policy into directive → sources (names lower-cased, first occurrence wins as in browsers). */
export function parseCsp(policy) {
	/** @type {Map<string, string[]>} */
	const directives = new Map();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}

/** Sources that would let a script run without its hash: inline, eval, or any host at all. */
const LOOSE_SCRIPT_SOURCES = ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'data:', 'blob:'];

/**
 * What is wrong with a page's CSP, one message each; empty when it is strict:
 * declared in a meta tag before any script (a meta policy only covers what follows it),
 * script-src (or default-src) without inline, eval or wildcard sources,
 * object-src 'none' and a restricted base-uri.
 * @param {string} html
 * @returns {string[]}
 */
export function cspProblems(html) {
	const all = tags(html);
	const metaIndex = all.findIndex((t) => t.name === 'meta' && t.attrs['http-equiv']?.toLowerCase() === 'content-security-policy');
	const meta = all[metaIndex];
	if (!meta) return ['no <meta http-equiv="content-security-policy">'];
	const problems = [];
	const firstScript = all.findIndex((t) => t.name === 'script');
	if (firstScript !== -1 && firstScript < metaIndex)
		problems.push('a <script> comes before the CSP meta tag, so the policy does not cover it');
	const csp = parseCsp(meta.attrs.content ?? '');
	const script = csp.get('script-src') ?? csp.get('default-src');
	if (!script) problems.push('no script-src or default-src');
	for (const source of script ?? []) if (LOOSE_SCRIPT_SOURCES.includes(source.toLowerCase())) problems.push(`script-src allows ${source}`);
	const object = csp.get('object-src') ?? csp.get('default-src');
	if (object?.join(' ') !== "'none'") problems.push(`object-src is ${object?.join(' ') ?? 'unset'}, expected 'none'`);
	const base = csp.get('base-uri')?.join(' ');
	if (base !== "'self'" && base !== "'none'") problems.push(`base-uri is ${base ?? 'unset'}, expected 'self' or 'none'`);
	return problems;
}
