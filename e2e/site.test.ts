/** The site shell: no-JS rendering, navigation, search, 404 (header, menu, theme and the 320 px sweep: site-header; axe: quality-axe-themes). */
import { expect, test } from '@playwright/test';
import { builtPages } from './test-utils';

const pages = builtPages();
const guidePages = pages.filter((p) => /^\/guide\/[^/]+\/$/.test(p));

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every guide page, /compare/ and / render their full text', async ({ page }) => {
		expect(guidePages.length, 'the guide has its ten pages').toBeGreaterThanOrEqual(10);
		for (const path of ['/', '/compare/', ...guidePages]) {
			await page.goto(path);
			await expect(page.locator('main h1'), `${path} has its heading`).toBeVisible();
			const text = (await page.locator('main').innerText()).trim();
			expect(text.length, `${path} renders its body text`).toBeGreaterThan(600);
		}
	});

	test('the comparison table shows every platform and sourced cells', async ({ page }) => {
		await page.goto('/compare/');
		for (const name of ['Google Colab', 'CoCalc', 'Kaggle', 'Binder']) {
			await expect(page.getByRole('columnheader', { name, exact: false }).first(), name).toBeVisible();
		}
		expect(await page.locator('.compare td .wr-source a').count(), 'cells link their sources').toBeGreaterThan(50);
	});
});

test('guide pages link previous and next pages and list their headings', async ({ page }) => {
	await page.goto('/guide/cost/');
	await expect(page.locator('a[rel="prev"]')).toHaveAttribute('href', /\/guide\/overview\/$/);
	await expect(page.locator('a[rel="next"]')).toHaveAttribute('href', /\/guide\/getting-the-repo-in\/$/);
	const tocLinks = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
	expect(await tocLinks.count(), 'the page has a table of contents').toBeGreaterThan(1);
	await tocLinks.first().click();
	await expect(page).toHaveURL(/#.+/);
});

test('the skip link moves focus to the main content', async ({ page }) => {
	await page.goto('/compare/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

test('search from the header finds a guide page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('searchbox', { name: 'Search the site' }).fill('CoCalc internet');
	await page.getByRole('searchbox', { name: 'Search the site' }).press('Enter');
	await expect(page).toHaveURL(/\/search\/\?q=CoCalc\+internet/);
	const results = page.locator('#search-results a');
	await expect(results.first(), 'at least one result').toBeVisible();
	expect(await results.evaluateAll((links) => links.some((a) => a.getAttribute('href')?.includes('/guide/')))).toBe(true);
});

test('an unknown address serves the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});
