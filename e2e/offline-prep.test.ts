/**
 * Issue 14: a prep link opened once online opens again with no server at all. Each test
 * serves the build with its own small static server, opens the link, waits until the
 * service worker controls the page (its install saved the copy), stops that server, and opens
 * the link again: the link's title and repository commands and the saved checklist progress
 * are there, with the quiet offline note. Once at `/` and once under a base path.
 */
import { expect, test, type Page } from '@playwright/test';
import { outDir } from './gates/pages.mjs';
import { BASE, baseBuild } from './base-build';
import { HOST_HEADER, serveStatic } from './static-server';

// The one spec that needs the service worker (blocked for the others in playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

const REPO = 'https://github.com/octo-org/offline-workshop';
const TITLE = 'Venue Wi-Fi, day 2';
const query = `platform=colab&title=${encodeURIComponent(TITLE)}&date=2026-12-03&repo=${encodeURIComponent(REPO)}`;

/** Opens the link online, ticks a step, and waits for the service worker to take control. */
async function openOnline(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 }), 'the title, framed as given by the link').toContainText(TITLE);
	await page.locator('.wr-setup-panel input[type="checkbox"]').first().check();
	// `ready` waits for an active worker (its install saved the copy), then for it to take control.
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller)
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
	});
	await expect(page.locator('.wr-offline-note'), 'online, no offline note').toBeHidden();
}

/** With the server gone, the same link shows the link's values, the progress and the note. */
async function expectOffline(page: Page, url: string) {
	await page.goto(url);
	await expect(page.getByRole('heading', { level: 1 }), 'the title from the link').toContainText(TITLE);
	await expect(page.locator('time'), 'the date').toHaveAttribute('datetime', '2026-12-03');
	await expect(page.getByRole('heading', { name: 'Steps on Google Colab' }), 'the Colab steps').toBeVisible();
	await expect(page.locator('pre code'), "the link's repository in the Colab commands").toContainText([`!git clone ${REPO}`]);
	await expect(page.locator('.wr-setup-panel input[type="checkbox"]').first(), 'saved checklist progress').toBeChecked();
	await expect(page.locator('.wr-offline-note'), 'the quiet offline note').toBeVisible();
}

for (const { name, base, dir } of [
	{ name: 'at the root', base: '/', dir: async () => outDir() },
	{ name: `under ${BASE}`, base: BASE, dir: baseBuild },
]) {
	test(`a prep link opened once opens again with no server, ${name}`, async ({ page }) => {
		test.setTimeout(180_000);
		const server = await serveStatic(await dir(), base);
		const url = `${server.origin}${base}prep/?${query}`;
		try {
			await openOnline(page, url);
			const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
			expect(scope, 'the worker is scoped to the base').toBe(`${server.origin}${base}`);
			const [first] = await page.evaluate(() => caches.keys());
			// A new deploy (here: the same files under another version) replaces the copy on the next visit.
			server.edits.set('sw.js', (text) => text.replace(/const VERSION = "[^"]+"/, 'const VERSION = "next-deploy"'));
			await page.evaluate(async () => {
				const changed = new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
				await (await navigator.serviceWorker.getRegistration())?.update();
				await changed;
			});
			// The new worker controls the page as soon as it skips waiting; its activation then deletes the old copy.
			await expect
				.poll(() => page.evaluate(() => caches.keys()), { message: `the old copy (${first}) is deleted` })
				.toEqual(['wr-offline-next-deploy']);
			// The venue's gateway answers, but with an error page: that is no network either.
			server.failWith = 503;
			const response = await page.goto(url);
			expect(response?.headers()[HOST_HEADER[0]], 'the copy keeps the host’s headers').toBe(HOST_HEADER[1]);
			await expectOffline(page, url);
		} finally {
			await server.stop();
		}
		expect(
			await page.request.get(url).then(
				(r) => r.status(),
				() => 'down',
			),
			'the server is gone',
		).toBe('down');
		await expectOffline(page, url);
		// The walkthrough and the guide were saved with it.
		await page.goto(`${server.origin}${base}zh-cn/guide/`);
		await expect(page.locator('.wr-offline-note'), 'the Chinese guide, offline').toBeVisible();
		// The same page by its file's address.
		await expectOffline(page, `${server.origin}${base}prep/index.html?${query}`);
		// Leaving the saved link for a page that was not saved: a way back to that link, values and all, comes first.
		await page.locator(`header a[href="${base}tools/"]`).first().click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No network, and this page was not saved');
		await page.getByRole('link', { name: 'Back to the page you came from' }).click();
		await expect(page.getByRole('heading', { level: 1 }), 'the link again, offline').toContainText(TITLE);
		// A page that was not saved says so, and links those that were, instead of the browser's error page.
		await page.goto(`${server.origin}${base}tools/cost/?attendees=40`);
		await expect(page.getByRole('link', { name: 'Back to the page you came from' }), 'not without a page to go back to').toHaveCount(0);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('No network, and this page was not saved');
		await expect(
			page.getByRole('link', { name: 'Prepare for the workshop · Workshop Ready' }),
			'saved pages by their titles',
		).toHaveAttribute('href', `${base}prep/`);
		// A Chinese page that was not saved answers in Chinese first, the home page without its slash too.
		await page.goto(`${server.origin}${base}zh-cn`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await page.goto(`${server.origin}${base}zh-cn/tools/cost/`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('没有网络，而且此页面没有保存');
		await page.getByRole('link', { name: '为工作坊做好准备 · Workshop Ready' }).click();
		await expect(page.locator('.wr-offline-note'), 'a saved page, offline').toBeVisible();
	});
}
