/** `public/_headers`: the headers a `<meta>` CSP cannot carry, for every path (Netlify and Cloudflare Pages syntax). */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

test('public/_headers forbids framing by other sites, sniffing and full referrers on every path', () => {
	const lines = readFileSync(new URL('../public/_headers', import.meta.url), 'utf8')
		.split('\n')
		.filter((l) => l.trim() !== '' && !l.startsWith('#'));
	expect(lines[0], 'one rule for every path').toBe('/*');
	const headers = Object.fromEntries(
		lines.slice(1).map((l) => {
			expect(l, 'headers are indented under their path').toMatch(/^\s+\S/);
			const [name = '', ...value] = l.trim().split(':');
			return [name.toLowerCase(), value.join(':').trim()];
		}),
	);
	expect(headers['content-security-policy']).toBe("frame-ancestors 'self'");
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toMatch(/^(strict-origin-when-cross-origin|strict-origin|same-origin|no-referrer)$/);
});
