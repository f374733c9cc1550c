/** The site shell: no-JS rendering, navigation, search, 404 (header, menu and theme: site-header; the 320 px sweep: quality-sweep; axe: quality-axe-themes). */
import { expect, test } from '@playwright/test';
import { applyTextSpacing, builtPages, waitForHydrate } from './test-utils';
import { outDir, readPage } from './gates/pages.mjs';

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
		const dates = page.locator('[data-platform-dates]');
		expect(await dates.count(), 'a date range for every platform column').toBe(
			(await page.locator('.compare').first().locator('thead th').count()) - 1,
		);
		await expect(dates.filter({ hasText: 'Google Colab' }), 'Colab’s range runs from its oldest to its newest value').toHaveText(
			/2020-06 to 2026-\d\d/,
		);
		expect(await page.locator('main').innerText(), 'every {{value}} placeholder is filled').not.toContain('{{');
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
	// Seen, not only focused: nothing (such as the header) paints over it (WCAG 2.4.7, 2.4.11).
	const onTop = await skip.evaluate((link) => {
		const box = link.getBoundingClientRect();
		return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
	});
	expect(onTop, 'the focused skip link is the topmost element at its centre').toBe(true);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#main$/);
});

// Every page at 320 px without sideways scroll is checked in quality-sweep's phone checks; here the pages
// with islands are checked again with the WCAG 1.4.12 text-spacing overrides.
test('tool pages fit a 320 px phone and keep every text with text spacing (WCAG 1.4.10, 1.4.12)', async ({ page }) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	expect(pages.filter((p) => p.startsWith('/zh-cn/')).length, 'both languages are swept').toBeGreaterThan(10);
	const tools: string[] = [];
	for (const path of pages.filter((p) => readPage(outDir(), p).includes('<astro-island'))) {
		await page.goto(path);
		tools.push(path);
		await waitForHydrate(page);
		await applyTextSpacing(page);
		expect(await overflow(), `${path} has no horizontal overflow with text spacing`).toBeLessThanOrEqual(0);
		// Clipped text: a box that hides overflow yet holds more than it shows (visually hidden text excepted).
		const clipped = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('body *')]
				.filter((el) => {
					const style = getComputedStyle(el);
					if (style.overflowX === 'visible' && style.overflowY === 'visible') return false;
					// 1 px boxes are text hidden for screen readers on purpose (.visually-hidden, a card table's header row).
					if (!el.textContent?.trim() || el.clientWidth <= 1 || el.clientHeight <= 1) return false;
					// auto/scroll boxes let the reader scroll to the rest; hidden/clip boxes cut it off.
					const hides = (o: string) => o === 'hidden' || o === 'clip';
					return (
						(hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
						(hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
					);
				})
				.map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.textContent?.trim().slice(0, 40)}`),
		);
		expect(clipped, `${path} clips no text with text spacing`).toEqual([]);
	}
	expect(tools, 'the tool pages are among them').toEqual(expect.arrayContaining(['/tools/time-budget/', '/plan/', '/zh-cn/tools/cost/']));
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

test('a Chinese search finds the words as typed, not pages that share one of their characters', async ({ page }) => {
	// "显卡" (graphics card) is on no page; "卡" alone is ("卡在", stuck).
	await page.goto(`/zh-cn/search/?q=${encodeURIComponent('显卡')}`);
	await expect(page.locator('#search-results p').first()).toContainText('没有');
	await expect(page.locator('#search-results li')).toHaveCount(0);
	await page.goto(`/zh-cn/search/?q=${encodeURIComponent('免费')}`);
	const excerpts = page.locator('#search-results li p');
	await expect(excerpts.first()).toBeVisible();
	for (const text of await excerpts.allInnerTexts()) expect(text, 'each result shows the word').toContain('免费');
});

test("search results show the pages' text as written, with the matches marked", async ({ page }) => {
	// Pagefind's excerpts are HTML: "<user>" in a guide's link pattern arrives as "&lt;user&gt;".
	await page.goto(`/search/?q=${encodeURIComponent('opens a notebook directly')}`);
	const excerpts = page.locator('#search-results li p');
	await expect(excerpts.first()).toBeVisible();
	const texts = await excerpts.allInnerTexts();
	expect(texts.join('\n'), 'no HTML entity shows as text').not.toMatch(/&(?:lt|gt|amp|quot|#\d+);/);
	expect(
		texts.some((t) => t.includes('/<user>/<repo>/')),
		`the guide's pattern as written: ${texts.join(' | ')}`,
	).toBe(true);
	expect(await page.locator('#search-results li p mark').count(), 'matches are marked').toBeGreaterThan(0);
	// A search with one result says so in the singular.
	await page.goto(`/search/?q=${encodeURIComponent('blob branch path ipynb')}`);
	await expect(page.locator('#search-results > p').first()).toHaveText(/^(1 result|\d+ results) for “blob branch path ipynb”$/);
	const n = await page.locator('#search-results li').count();
	await expect(page.locator('#search-results > p').first()).toHaveText(n === 1 ? /^1 result for/ : new RegExp(`^${n} results for`));
});

test('an unknown address serves the 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
	// Hosts serve this one page for /zh-cn/… too: it says so in Chinese, with the Chinese home page.
	const zh = await page.goto('/zh-cn/no-such-page/');
	expect(zh?.status()).toBe(404);
	const chinese = page.locator('section[lang="zh-CN"]');
	await expect(chinese.getByRole('heading', { name: '找不到页面' })).toBeVisible();
	await expect(chinese.getByRole('link').first()).toHaveAttribute('href', '/zh-cn/');
});
