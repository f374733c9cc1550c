/** The comparison and the guide's tables: own scroll box, platform chooser in the URL, grouped rows, named sources. */
import { expect, test, type Page } from '@playwright/test';
import { PLATFORM_IDS } from '../src/lib/platform-ids';
import { builtPages } from './test-utils';

const WIDTHS = [320, 768, 1280, 1920];

/** Page-level horizontal overflow in px (0 when the page never scrolls sideways). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

async function expectNoSidewaysScroll(page: Page, what: string, widths = WIDTHS) {
	for (const width of widths) {
		await page.setViewportSize({ width, height: 900 });
		expect(await overflow(page), `${what} at ${width} px scrolls sideways`).toBeLessThanOrEqual(0);
	}
}

test('a platforms link shows those columns, names a refused id, and the chooser keeps the URL', async ({ page }) => {
	await page.setViewportSize({ width: 1280, height: 900 });
	await page.goto('/compare/?platforms=studio-lab,colab,nope,kaggle');
	// The page's small script (no island) has read the link once CoCalc's box is unticked.
	await expect(page.getByRole('checkbox', { name: 'CoCalc', exact: true })).not.toBeChecked();
	const table = page.locator('table.compare').first();
	await expect(table.locator('thead th:visible')).toHaveText([
		'Criterion',
		'Google Colab',
		'Kaggle Notebooks',
		'Amazon SageMaker Studio Lab',
	]);
	const notice = page.locator('.wr-notice');
	await expect(notice.locator('code').first(), 'names the parameter').toHaveText('platforms');
	await expect(notice.locator('code.wr-link-value'), 'and, as code, the unknown id').toHaveText('nope');
	// Related rows sit together: GPU, GPU hours, the article's 2020 GPU verdict.
	const labels = await table.locator('tbody th[scope="row"]').allTextContents();
	const gpu = labels.indexOf('GPU');
	expect(labels.slice(gpu, gpu + 3)).toEqual(['GPU', 'GPU hours', 'GPU in the 2020 article']);
	// Every source link says what it is the source of; the visible text stays short.
	const sources = page.locator('main .wr-source a');
	expect(await sources.count()).toBeGreaterThan(50);
	const names = await sources.evaluateAll((links) => links.map((a) => a.getAttribute('aria-label') ?? ''));
	expect(
		names.filter((n) => !/^Source for .+, read \d{4}-\d{2}/.test(n)),
		'source links without a descriptive name',
	).toEqual([]);
	await expect(sources.first()).toHaveText('source');
	expect(new Set(names).size, 'names tell the links apart').toBeGreaterThan(names.length / 2);
	// The first column stays put while the table scrolls in its own box.
	await expect(table.locator('tbody th[scope="row"]').first()).toHaveCSS('position', 'sticky');
	await page.getByRole('checkbox', { name: 'Kaggle Notebooks', exact: true }).uncheck();
	await expect(page).toHaveURL(/[?&]platforms=colab%2Cstudio-lab(&|$)/);
	await expect(table.locator('thead th:visible')).toHaveCount(3);
	await expectNoSidewaysScroll(page, '/compare/');
});

test('every platform box hides its column, and all shown by default', async ({ page }) => {
	await page.goto('/compare/');
	const headers = page.locator('table.compare').first().locator('thead th:visible');
	await expect(headers).toHaveCount(PLATFORM_IDS.length + 1);
	for (const id of PLATFORM_IDS) {
		const box = page.locator(`#compare-show-${id}`);
		await box.uncheck();
		await expect(page.locator(`table.compare th[data-platform="${id}"]`).first(), `${id} hidden`).toBeHidden();
		await box.check();
	}
	await expect(headers).toHaveCount(PLATFORM_IDS.length + 1);
	await expect(page).toHaveURL(/\/compare\/$/);
});

test('a choice without Colab or CoCalc keeps the article’s 2020 verdict table whole', async ({ page }) => {
	await page.goto('/compare/?platforms=kaggle');
	await expect(page.locator('table.compare').first().locator('thead th:visible')).toHaveCount(2);
	const article = page.locator('table.article');
	await expect(article.locator('thead th:visible'), 'criterion, CoCalc and Colab').toHaveCount(3);
	await expect(article.locator('tbody td:visible').first()).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the boxes still hide their columns; a link’s choice is said not to apply', async ({ page }) => {
		await page.goto('/compare/?platforms=colab,kaggle');
		await expect(page.getByText(/^Without JavaScript, the platforms a link chooses are not applied/)).toBeVisible();
		await page.getByRole('checkbox', { name: 'mybinder.org', exact: true }).uncheck();
		await expect(page.locator('table.compare th[data-platform="binder"]').first()).toBeHidden();
		await expect(page.locator('table.compare th[data-platform="colab"]').first()).toBeVisible();
	});
});

test('no guide page scrolls sideways from 320 to 1920 px', async ({ page }) => {
	test.setTimeout(120_000); // one load per guide page, resized in place
	const guides = builtPages().filter((p) => /^\/guide\//.test(p));
	expect(guides.length).toBeGreaterThan(5);
	for (const path of guides) {
		await page.setViewportSize({ width: 1280, height: 900 });
		await page.goto(path);
		await expectNoSidewaysScroll(page, path, [320, 1280, 1920]);
	}
});

test('`Platforms=` in other capitals shows every column and a notice naming it as written', async ({ page }) => {
	await page.goto('/compare/?Platforms=colab,kaggle');
	const notice = page.locator('.wr-notice');
	await expect(notice).toContainText('no setting by that name');
	await expect(notice.locator('code').first()).toHaveText('Platforms');
	await expect(page.locator('.compare-chooser input[type="checkbox"]:checked')).toHaveCount(7);
	// The chooser's own write drops it, so a link copied afterwards does not carry it on.
	await page.locator('.compare-chooser input[type="checkbox"]').first().uncheck();
	await expect(page).toHaveURL(/\/compare\/\?platforms=[^&]+$/);
});
