/**
 * Strict Content-Security-Policy (issue 6), as declared: every built page has a meta policy
 * before any script, whose script-src allows no inline script, eval or wildcard host
 * (e2e/gates/csp.mjs). That nothing breaks it at run time is checked in quality-sweep.
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';
import { cspProblems } from './gates/csp.mjs';
import { outDir, readPage } from './gates/pages.mjs';

test('every page declares a strict CSP', () => {
	const problems = builtPages().flatMap((path) => cspProblems(readPage(outDir(), path)).map((p) => `${path}: ${p}`));
	expect(problems, 'pages whose Content-Security-Policy is missing or loose').toEqual([]);
});
