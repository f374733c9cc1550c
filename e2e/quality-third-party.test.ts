/**
 * No third-party requests (issue 6): every page loads, hydrates and runs search with every
 * request to another host blocked, and none may even be attempted (fonts, scripts, images
 * and analytics are all self-hosted or absent).
 */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';
import { classifyPage } from '../scripts/budgets.mjs';
import { outDir, readPage } from '../scripts/lib-pages.mjs';
import { visit } from '../scripts/lib-visit.mjs';

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

test('no page requests anything from another host', async ({ page }) => {
	test.setTimeout(120_000);
	const attempted: string[] = [];
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (LOCAL_HOSTS.has(url.hostname)) return route.continue();
		attempted.push(`${new URL(page.url()).pathname}: ${route.request().resourceType()} ${url.href.slice(0, 200)}`);
		return route.abort('blockedbyclient');
	});
	for (const path of builtPages()) {
		const search = classifyPage(path, readPage(outDir(), path)) === 'search';
		await visit(page, search ? `${path}?q=colab` : path);
	}
	expect(attempted, 'requests to third-party hosts').toEqual([]);
});
