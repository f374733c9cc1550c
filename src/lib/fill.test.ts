import { expect, test } from 'vitest';
import fc from 'fast-check';
import { fill } from './fill';

test('fills named placeholders and leaves unknown ones', () => {
	expect(fill('{n} results for “{q}”', { n: 3, q: 'gpu' })).toBe('3 results for “gpu”');
	expect(fill('{n} min', {})).toBe('{n} min');
	expect(fill('{toString}', {}), 'not an inherited property').toBe('{toString}');
});

test('text in a value is never read as a placeholder or a replacement pattern', () => {
	expect(fill('“{q}” ({n})', { q: "$& $' $` {n}", n: 2 })).toBe("“$& $' $` {n}” (2)");
	fc.assert(fc.property(fc.string(), (q) => fill('<{q}>', { q }) === `<${q}>`));
});
