/** The Chinese version: every route in both languages, switching keeps page and query, Chinese UI throughout. */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { builtPages, waitForHydrate } from './test-utils';

type Dictionary = Record<string, Record<string, string>>;

/**
 * A locale's dictionary read from its folder, one file per namespace, as src/i18n/index.ts finds
 * them (its `import.meta.glob` is Vite's, and this runs in plain Node).
 */
async function dictionary(locale: string): Promise<Dictionary> {
	const folder = new URL(`../src/i18n/${locale}/`, import.meta.url);
	const files = readdirSync(folder).filter((file) => file.endsWith('.ts'));
	const entries = files.map(async (file) => [file.slice(0, -3), (await import(new URL(file, folder).href)).default] as const);
	return Object.fromEntries(await Promise.all(entries));
}

const pages = builtPages();
const ZH = '/zh-cn';
/** The 404 pages differ in shape (`/404.html` at the root, `/zh-cn/404/` below). */
const counterpart = (path: string) => (path === '/404' ? `${ZH}/404/` : `${ZH}${path}`);

test('every English page has a Chinese counterpart and the reverse', () => {
	const english = pages.filter((p) => !p.startsWith(`${ZH}/`));
	const chinese = pages.filter((p) => p.startsWith(`${ZH}/`));
	expect(english.length, 'pages were found in the build').toBeGreaterThan(15);
	expect(english.map(counterpart).sort()).toEqual(chinese.sort());
});

test('Chinese pages declare their language and link the English version', async ({ page }) => {
	await page.goto(`${ZH}/guide/cost/`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', /\/guide\/cost\/$/);
	await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/Cost/);
});

test('switching language keeps the page and its query', async ({ page }) => {
	await page.goto('/tools/cost/?attendees=30&months=2');
	await waitForHydrate(page);
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/zh-cn\/tools\/cost\/\?attendees=30&months=2$/);
	await waitForHydrate(page);
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/tools\/cost\/\?attendees=30&months=2$/);
});

test('switching language keeps the section a link points to, where both languages share its id', async ({ page }) => {
	await page.goto('/guide/troubleshooting/#gpu-refused-by-usage-limits');
	await page.getByRole('link', { name: '简体中文' }).click();
	await expect(page).toHaveURL(/\/zh-cn\/guide\/troubleshooting\/#gpu-refused-by-usage-limits$/);
	// The shared id marks the heading after it (the Chinese heading has its own slug too).
	await expect(page.locator('#gpu-refused-by-usage-limits + h2'), 'the Chinese page scrolled to the section').toBeInViewport();
});

test('a Chinese cost link shows the same totals as the English one, in US dollars for zh-CN', async ({ page }) => {
	const query = '?attendees=30&months=1&price-cocalc=14';
	await page.goto(`/tools/cost/${query}`);
	await waitForHydrate(page);
	// The link's values replace the defaults just after hydration: wait for them, do not count at once.
	await expect(
		page.locator('tr', { hasText: 'CoCalc' }).filter({ hasText: '$420.00' }).first(),
		'the English CoCalc row shows $420.00',
	).toBeVisible();
	await page.goto(`${ZH}/tools/cost/${query}`);
	await waitForHydrate(page);
	await expect(
		page
			.locator('tr', { hasText: 'CoCalc' })
			.filter({ hasText: /US\$\s?420\.00/ })
			.first(),
	).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText((await dictionary('zh-cn'))['cost']?.['title'] ?? 'missing');
});

test('search on a Chinese page finds a Chinese guide page', async ({ page }) => {
	await page.goto(`${ZH}/search/?q=${encodeURIComponent('费用')}`);
	const results = page.locator('#search-results a');
	await expect(results.first()).toBeVisible();
	const hrefs = await results.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
	expect(
		hrefs.some((h) => h.includes('/zh-cn/guide/')),
		`Chinese results: ${hrefs.join(', ')}`,
	).toBe(true);
	expect(
		hrefs.every((h) => h.includes('/zh-cn/')),
		'no English page in Chinese results',
	).toBe(true);
});

/** English dictionary phrases (two or more words) whose Chinese differs: none may show on a Chinese page. */
async function englishPhrases(): Promise<string[]> {
	const [en, zh] = await Promise.all([dictionary('en'), dictionary('zh-cn')]);
	const phrases = new Set<string>();
	for (const [ns, entries] of Object.entries(en)) {
		for (const [key, value] of Object.entries(entries as Record<string, string>)) {
			if (value === zh[ns]?.[key]) continue;
			for (const fragment of value.split(/\{\w+\}/)) {
				const words = fragment.trim();
				if (/[A-Za-z]{3,}\s+[A-Za-z]{3,}/.test(words) && words.length >= 10) phrases.add(words);
			}
		}
	}
	return [...phrases];
}

test('no English UI string remains on the Chinese tool pages', async ({ page }) => {
	const phrases = await englishPhrases();
	expect(phrases.length, 'phrases to look for').toBeGreaterThan(100);
	const found: string[] = [];
	for (const path of ['/tools/cost/', '/tools/time-budget/', '/setup/', '/prep/', '/plan/', '/compare/', '/']) {
		await page.goto(`${ZH}${path}`);
		if (await page.locator('astro-island').count()) await waitForHydrate(page);
		const text = await page.locator('body').innerText();
		found.push(...phrases.filter((p) => text.includes(p)).map((p) => `${path}: ${p}`));
	}
	expect(found).toEqual([]);
});

test('a Chinese guide page names platforms and dates the Chinese way, in source links’ names too', async ({ page }) => {
	await page.goto('/zh-cn/guide/performance/');
	const names = await page.locator('a[aria-label]').evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
	expect(
		names.filter((n) => n.includes('Local install')),
		'the local install named in Chinese',
	).toEqual([]);
	expect(
		names.some((n) => n.includes('本地安装')),
		'and named',
	).toBe(true);
	const text = await page.locator('main').innerText();
	expect(text.match(/\d[年月日]/g) ?? [], 'a space between a digit and 年, 月 or 日 (2026 年 11 月)').toEqual([]);
});
