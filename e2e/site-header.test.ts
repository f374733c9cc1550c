/**
 * The phone header and its no-JS menu, and the three-state theme menu (issue 15). The phone
 * checks of every built page (header height, repeated headings, doubled fields, sideways
 * scroll at 320 px) run in the one sweep over every page, e2e/quality-sweep.test.ts.
 */
import { expect, test, type Page } from '@playwright/test';
import { MAX_HEADER_PX, PHONE } from './gates/phone.mjs';

const SECTIONS = ['Guide', 'Compare', 'Tools', 'Setup', 'Plan'];

/** Opens the menu from the keyboard, as a screen-reader or keyboard user would, and checks it lists every section. */
async function openMenuFromKeyboard(page: Page) {
	const summary = page.locator('.site-menu > summary');
	await expect(summary, 'the menu button is named').toHaveText('Menu');
	await expect(
		page.locator('header').getByRole('link', { name: 'Compare', exact: true }),
		'sections hide behind the menu on a phone',
	).toBeHidden();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('.site-menu'), 'Enter opens the menu').toHaveAttribute('open', '');
	const nav = page.getByRole('navigation', { name: 'Main' });
	for (const name of SECTIONS) await expect(nav.getByRole('link', { name, exact: true }), `${name} in the menu`).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Language' }).getByRole('link'), 'the language switch is in the menu').toBeVisible();
	return nav;
}

for (const javaScriptEnabled of [false, true]) {
	test.describe(javaScriptEnabled ? 'with JavaScript' : 'without JavaScript', () => {
		test.use({ javaScriptEnabled, viewport: PHONE });

		test('the phone menu opens from the keyboard and reaches every section', async ({ page }) => {
			await page.goto('/guide/cost/');
			const nav = await openMenuFromKeyboard(page);
			await expect(nav.getByRole('link', { name: 'Guide' }), 'the current section is marked').toHaveAttribute('aria-current', 'page');
			await expect(page.getByRole('combobox', { name: 'Theme' }), 'the theme menu needs JavaScript').toBeVisible({
				visible: javaScriptEnabled,
			});
			if (javaScriptEnabled) {
				await page.keyboard.press('Escape');
				await expect(page.locator('.site-menu'), 'Escape closes the menu').not.toHaveAttribute('open', '');
				await expect(page.locator('.site-menu > summary'), 'focus returns to the menu button').toBeFocused();
				await page.keyboard.press('Enter');
			}
			await nav.getByRole('link', { name: 'Plan' }).click();
			await expect(page, 'a menu link navigates').toHaveURL(/\/plan\/$/);
			await expect(page.locator('.site-menu'), 'the menu starts closed on the next page').not.toHaveAttribute('open', '');
		});
	});
}

test('the open phone menu closes when focus or a click leaves it, so it never hides what has focus (WCAG 2.4.11)', async ({ page }) => {
	await page.setViewportSize(PHONE);
	await page.goto('/prep/?platform=colab&title=Lab&date=2026-12-03');
	await openMenuFromKeyboard(page);
	// Tab past the last control in the menu (the theme select).
	await page.getByRole('combobox', { name: 'Theme' }).focus();
	await page.keyboard.press('Tab');
	await expect(page.locator('.site-menu'), 'focus left the menu: it closed').not.toHaveAttribute('open', '');
	const focused = await page.evaluate(() => {
		const box = document.activeElement?.getBoundingClientRect();
		const header = document.querySelector('header')?.getBoundingClientRect();
		return { top: box?.top ?? 0, headerBottom: header?.bottom ?? 0, tag: document.activeElement?.tagName };
	});
	expect(focused.top, `the focused ${focused.tag} is below the header, not under a menu`).toBeGreaterThanOrEqual(focused.headerBottom);
	await openMenuFromKeyboard(page);
	const url = page.url();
	// A tap at the left edge below the open menu: page margin, so nothing there navigates (checked below).
	const menu = await page.locator('.menu-body').boundingBox();
	await page.mouse.click(4, Math.min(PHONE.height - 10, (menu?.y ?? 0) + (menu?.height ?? 0) + 40));
	await expect(page.locator('.site-menu'), 'a tap outside closes it').not.toHaveAttribute('open', '');
	expect(page.url(), 'on the same page').toBe(url);
	await openMenuFromKeyboard(page);
	await page.getByRole('searchbox').focus();
	await expect(page.locator('.site-menu'), 'focus moving to the search box closes it').not.toHaveAttribute('open', '');
	await page.locator('.site-menu > summary').click();
	await page.getByRole('navigation', { name: 'Main' }).hover();
	await expect(page.locator('.site-menu'), 'a click on the button opens it, and it stays open').toHaveAttribute('open', '');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false, viewport: PHONE });

	test('the open menu takes its own room below the header, so it never hides what has focus (WCAG 2.4.11)', async ({ page }) => {
		await page.goto('/guide/');
		await openMenuFromKeyboard(page);
		// Tab past the menu's last link (the language switch) into the page.
		await page.getByRole('navigation', { name: 'Language' }).getByRole('link').focus();
		await page.keyboard.press('Tab');
		await expect(page.locator('.site-menu'), 'nothing closes it without a script').toHaveAttribute('open', '');
		const covered = await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement;
			const menu = document.querySelector('.menu-body')?.getBoundingClientRect();
			return menu ? menu.height > 0 && focused.getBoundingClientRect().top < menu.bottom : false;
		});
		expect(covered, 'the focused element is not under the menu').toBe(false);
		// It takes its own room under the header's row, and one click (or Enter) on the button closes it.
		await page.locator('.site-menu > summary').click();
		await expect(page.locator('.menu-body')).toBeHidden();
		await page.locator('.site-menu > summary').click();
		await expect(page.locator('.menu-body'), 'and one more opens it again').toBeVisible();
	});
});

test('at 320 px the search shows its icon, and at 200 % zoom (160–180 px) the header wraps instead of scrolling sideways', async ({
	page,
}) => {
	for (const [width, path] of [
		[320, '/prep/'],
		[180, '/prep/'],
		[160, '/zh-cn/prep/'],
	] as const) {
		await page.setViewportSize({ width, height: 780 });
		await page.goto(path);
		await expect(
			page.locator('header').getByRole('button', { name: /Search|搜索/ }),
			`${path} at ${width} px: a recognisable search`,
		).toBeVisible();
		await expect(page.locator('.site-menu > summary'), `${path} at ${width} px: the menu button`).toBeInViewport({ ratio: 1 });
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${path} at ${width} px: no sideways scroll`,
		).toBeLessThanOrEqual(width);
	}
});

test('wide screens show the sections, search, language and theme in the header without a menu button', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await page.goto('/zh-cn/compare/');
	await expect(page.locator('.site-menu > summary'), 'no menu button').toBeHidden();
	const nav = page.getByRole('navigation', { name: '主导航' });
	for (const name of ['指南', '平台对比', '工具', '环境配置', '规划']) await expect(nav.getByRole('link', { name }), name).toBeVisible();
	await expect(page.getByRole('searchbox', { name: '搜索本站' })).toBeVisible();
	await expect(page.getByRole('combobox', { name: '主题' })).toBeVisible();
	const box = await page.locator('header').boundingBox();
	expect(box?.height, 'one row').toBeLessThanOrEqual(MAX_HEADER_PX);
	// WCAG 2.4.3: Tab walks the one-row header left to right, as it is read.
	const xs: number[] = [];
	await page.locator('.brand').focus();
	for (;;) {
		await page.keyboard.press('Tab');
		const x = await page.evaluate(() =>
			document.activeElement?.closest('header') ? document.activeElement.getBoundingClientRect().x : null,
		);
		if (x === null) break;
		xs.push(Math.round(x));
	}
	expect(xs.length, 'search, five sections, language, theme').toBeGreaterThanOrEqual(8);
	expect(xs, 'focus moves left to right').toEqual([...xs].sort((a, b) => a - b));
});

test('the theme menu offers system, light and dark, states the current one, persists it, and applies it before first paint', async ({
	page,
}) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto('/guide/overview/');
	const theme = page.getByRole('combobox', { name: 'Theme' });
	await expect(theme, 'follows the system by default').toHaveValue('auto');
	await expect(theme.locator('option:checked'), 'and says so').toHaveText('System');
	expect(await theme.locator('option').allTextContents()).toEqual(['System', 'Light', 'Dark']);
	await theme.selectOption('light');
	await expect(page.locator('html'), 'light, against a dark system').toHaveAttribute('data-theme', 'light');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'the page repaints light').toBe('rgb(255, 255, 255)');
	// Record the theme at the moment the header is parsed: set by then means no flash of the wrong theme.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.querySelector('header')) return;
			(window as unknown as { themeAtHeader?: string | null }).themeAtHeader = document.documentElement.dataset['theme'] ?? null;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto('/zh-cn/compare/');
	const themeAtHeader = await page.evaluate(() => (window as unknown as { themeAtHeader?: string | null }).themeAtHeader);
	expect(themeAtHeader, 'the stored theme applies before the header renders').toBe('light');
	const zhTheme = page.getByRole('combobox', { name: '主题' });
	await expect(zhTheme, 'the stored choice is shown on the next page').toHaveValue('light');
	await zhTheme.selectOption('auto');
	await expect(page.locator('html'), 'system again: no forced theme').not.toHaveAttribute('data-theme');
	expect(await page.evaluate(() => localStorage.getItem('wr:theme')), 'nothing stored for "system"').toBeNull();
	await page.emulateMedia({ colorScheme: 'light' });
	await page.reload();
	await expect(page.getByRole('combobox', { name: '主题' })).toHaveValue('auto');
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'follows the system').toBe('rgb(255, 255, 255)');
});

test('with the page’s text at 200 % (a reader style sheet, text-only zoom) at 360 px, no page scrolls sideways and the menu stays on screen', async ({
	browser,
}) => {
	// The site's policy allows no inline style: the test's own style sheet needs the policy set aside.
	const context = await browser.newContext({ viewport: { width: 360, height: 780 }, bypassCSP: true });
	const page = await context.newPage();
	for (const path of ['/', '/setup/', '/zh-cn/setup/', '/tools/cost/', '/tools/time-budget/', '/guide/cost/', '/plan/']) {
		await page.goto(path);
		await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
		await expect(page.locator('.site-menu > summary'), `${path}: the menu button`).toBeInViewport({ ratio: 1 });
		expect(await page.evaluate(() => document.documentElement.scrollWidth), `${path}: no sideways scroll`).toBeLessThanOrEqual(360);
	}
	await context.close();
});
