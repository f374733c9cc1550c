import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SETUP_KEYS } from '~/lib/prep-link';

test('the prep page hides its default steps for a link that names a step’s value: every setup parameter, and only those', () => {
	const css = readFileSync(new URL('./islands.css', import.meta.url), 'utf8');
	const rule = css.slice(css.indexOf("Before a link's values"), css.indexOf('Wider screens wrap less'));
	const named = [...rule.matchAll(/\[data-q\^='\?([a-z]+)='\]/g)].map((m) => m[1]);
	expect(named.sort()).toEqual([...SETUP_KEYS].sort());
	for (const key of SETUP_KEYS) expect(rule).toContain(`[data-q*='&${key}=']`);
});
