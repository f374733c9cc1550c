/** The cost calculator in a browser: links, live updates, validation, copy link, keyboard, axe, no-JS. */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { FEE_SPEC, MONTHS_SPEC, PRICE_SPEC } from '../src/lib/cost';
import { ATTENDEES_SPEC } from '../src/lib/workshop-params';
import { expectNoAxeViolations, waitForHydrate } from './test-utils';

const ACCEPTANCE = '/tools/cost/?attendees=30&months=1&price-cocalc=14';
const row = (page: Page, param: string) => page.locator(`tr[data-option="${param}"]`);
const cell = (page: Page, param: string, col: string) => row(page, param).locator(`td[data-col="${col}"]`);
const field = (page: Page, name: string) => page.locator(`input[name="${name}"]`);
const usd = (dollars: number) => new Intl.NumberFormat('en', { style: 'currency', currency: 'USD' }).format(dollars);

/** CoCalc's default paid tier from the data (name and price), so the test follows updates. */
const cocalcData = JSON.parse(readFileSync('content/platforms/cocalc.json', 'utf8')) as {
	tiers: { defaultPaid?: boolean; name: { en: string }; pricePerUserMonthUsd: { value: number } }[];
};
const cocalcTier = cocalcData.tiers.find((t) => t.defaultPaid);
const cocalcPrice = cocalcTier?.pricePerUserMonthUsd.value ?? NaN;

async function open(page: Page, url: string) {
	await page.goto(url);
	await waitForHydrate(page);
}

test('the acceptance link restores its inputs and totals', async ({ page }) => {
	await open(page, ACCEPTANCE);
	await expect(field(page, 'attendees'), 'attendees from the link').toHaveValue('30');
	await expect(field(page, 'months'), 'months from the link').toHaveValue('1');
	await expect(field(page, 'price-cocalc'), 'CoCalc price from the link').toHaveValue('14');
	await expect(cell(page, 'price-cocalc', 'total'), 'CoCalc total').toHaveText('$420.00');
	await expect(cell(page, 'price-cocalc', 'per-attendee'), 'CoCalc per attendee').toHaveText('$14.00');
	await expect(cell(page, 'price-colab-free', 'total'), 'Colab free total').toHaveText('$0.00');
	await expect(cell(page, 'price-colab-free', 'workable'), 'Colab free is workable').toContainText(/^✓ Workable/);
	const cocalcFree = cell(page, 'price-cocalc-free', 'workable');
	await expect(cocalcFree, 'CoCalc free is not workable').toContainText('Not workable');
	await expect(cocalcFree, 'with the reason from the data').toContainText('without internet access');
	await expect(page.locator('.wr-notice'), 'a valid link raises no notice').toHaveCount(0);
});

test('typing updates the totals and the URL', async ({ page }) => {
	await open(page, '/tools/cost/');
	const historyLength = await page.evaluate(() => history.length);
	await field(page, 'attendees').fill('40');
	await expect(cell(page, 'price-cocalc', 'total'), 'total follows attendees').toHaveText(usd(40 * cocalcPrice));
	await expect(page, 'URL carries attendees, months and fee').toHaveURL(/\?attendees=40&months=1&fee=0$/);
	await field(page, 'months').fill('3');
	await field(page, 'price-cocalc').fill('12.5');
	await expect(cell(page, 'price-cocalc', 'total'), 'total follows months and price').toHaveText('$1,500.00');
	await expect(page, 'an edited price joins the URL').toHaveURL(/months=3&fee=0&price-cocalc=12\.5$/);
	await field(page, 'fee').fill('30');
	await expect(cell(page, 'price-cocalc', 'coverage'), 'fees fall short').toHaveText('Shortfall of $300.00');
	expect(await page.evaluate(() => history.length), 'typing adds no history entries').toBe(historyLength);
});

test('bad input shows a message, keeps what was typed and the last good result', async ({ page }) => {
	await open(page, '/tools/cost/?attendees=30&price-cocalc=14');
	const attendees = field(page, 'attendees');
	for (const [typed, message] of [
		['abc', 'Enter a whole number'],
		['-5', 'at least 1'],
		['2.5', 'whole number'],
		['10001', 'at most 10,000'],
		['', 'Enter a value'],
	] as const) {
		await attendees.fill(typed);
		await expect(page.getByRole('alert'), `message for "${typed}"`).toContainText(message);
		await expect(attendees, `"${typed}" stays in the field`).toHaveValue(typed);
		await expect(attendees).toHaveAttribute('aria-invalid', 'true');
		await expect(cell(page, 'price-cocalc', 'total'), `last good total kept for "${typed}"`).toHaveText('$420.00');
	}
	await field(page, 'price-cocalc').fill('1e999');
	await expect(cell(page, 'price-cocalc', 'price'), 'the last good price stays').toHaveText('$14.00 (edited)');
	await expect(page, 'the URL keeps the last good values').toHaveURL(/attendees=30&.*price-cocalc=14$/);
	expect(await page.locator('main').innerText(), 'no NaN, Infinity or negative amount').not.toMatch(/NaN|Infinity|-\$/);
});

test('invalid link parameters are named in a notice and defaults are used', async ({ page }) => {
	await open(page, '/tools/cost/?attendees=NaN&months=99&fee=-1&price-cocalc=abc&price-nope=3');
	const notice = page.locator('.wr-notice');
	for (const [param, value] of [
		['attendees', 'NaN'],
		['months', '99'],
		['fee', '-1'],
		['price-cocalc', 'abc'],
		['price-nope', '3'],
	]) {
		// The link's name and value are shown as code, beside the page's own sentence.
		const item = notice.locator('li').filter({ has: page.locator('code').getByText(param ?? '', { exact: true }) });
		await expect(item.locator('code.wr-link-value'), `notice names ${param}=${value}`).toHaveText(value ?? '');
	}
	await expect(field(page, 'attendees'), 'default attendees').toHaveValue('25');
	await expect(cell(page, 'price-cocalc', 'total'), 'default price').toHaveText(usd(25 * cocalcPrice));
});

test('on a phone the answer is on the first screen, before the inputs', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await open(page, '/tools/cost/');
	const answer = await page.locator('.cost-summary').boundingBox();
	expect((answer?.y ?? Infinity) + (answer?.height ?? 0), 'the summary ends within 780 px').toBeLessThanOrEqual(780);
	const before = await page.locator('.cost-summary').innerText();
	await page.getByLabel('Each attendee needs a GPU').check();
	await expect(page.locator('.cost-summary'), 'and follows the inputs below it').not.toHaveText(before);
});

test('copy link round-trips the view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/tools/cost/');
	await field(page, 'attendees').fill('12');
	await field(page, 'months').fill('2');
	await field(page, 'fee').fill('5.25');
	await field(page, 'price-colab-pro-plus').fill('45');
	await expect(page).toHaveURL(/price-colab-pro-plus=45/);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied, 'the clipboard holds the page URL').toBe(page.url());
	const total = await cell(page, 'price-colab-pro-plus', 'total').innerText();
	const other = await context.newPage();
	await open(other, copied);
	await expect(field(other, 'fee'), 'fee restored').toHaveValue('5.25');
	await expect(cell(other, 'price-colab-pro-plus', 'total'), 'same total').toHaveText(total);
	await expect(cell(other, 'price-colab-pro-plus', 'total')).toHaveText('$1,080.00');
});

test('reset and the 2020 preset set a price to the data', async ({ page }) => {
	await open(page, '/tools/cost/?attendees=30');
	await page.getByRole('button', { name: /Use the article’s June 2020 price \(\$14\.00\)/ }).click();
	await expect(cell(page, 'price-cocalc', 'total'), 'the preset applies $14').toHaveText('$420.00');
	await expect(page).toHaveURL(/price-cocalc=14$/);
	await page.getByRole('button', { name: `Reset the price of ${cocalcTier?.name.en}`, exact: false }).click();
	await expect(field(page, 'price-cocalc'), 'reset restores the data price').toHaveValue(String(cocalcPrice));
	await expect(page, 'and drops the price from the URL').not.toHaveURL(/price-cocalc/);
});

test('works from the keyboard alone', async ({ page }) => {
	await open(page, '/tools/cost/');
	for (let i = 0; i < 40 && !(await field(page, 'attendees').evaluate((el) => el === document.activeElement)); i++) {
		await page.keyboard.press('Tab');
	}
	await expect(field(page, 'attendees'), 'Tab reaches the attendees field').toBeFocused();
	await page.keyboard.press('ControlOrMeta+A');
	await page.keyboard.type('30');
	await page.keyboard.press('Tab');
	await expect(field(page, 'months'), 'Tab moves on to months').toBeFocused();
	await expect(cell(page, 'price-cocalc', 'total')).toHaveText(usd(30 * cocalcPrice));
	const preset = page.getByRole('button', { name: /June 2020 price/ });
	await preset.focus();
	await page.keyboard.press('Enter');
	await expect(cell(page, 'price-cocalc', 'total'), 'Enter on the preset button applies it').toHaveText('$420.00');
});

// The page as it loads is checked by the axe sweep of every page (quality-axe-themes); here, its states.
test('axe finds no violations with an error shown, in both themes', async ({ page }) => {
	await open(page, ACCEPTANCE);
	await field(page, 'months').fill('x');
	await expectNoAxeViolations(page, 'with a field in error');
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page, 'in the dark theme');
});

test('the Cost guide page embeds the calculator', async ({ page }) => {
	await open(page, '/guide/cost/?attendees=30&price-cocalc=14');
	await expect(cell(page, 'price-cocalc', 'total'), 'the embed reads the link too').toHaveText('$420.00');
	await expectNoAxeViolations(page, 'on the guide page');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the page shows the default table and the formula', async ({ page }) => {
		await page.goto('/tools/cost/');
		await expect(cell(page, 'price-cocalc', 'total'), 'default CoCalc total').toHaveText(usd(25 * cocalcPrice));
		await expect(cell(page, 'price-colab-free', 'total'), 'Colab free').toHaveText('$0.00');
		await expect(row(page, 'price-colab-free'), 'cheapest marked in text').toContainText('Cheapest workable');
		await expect(page.getByText(/^Total = attendees × price per user per month × months billed/)).toBeVisible();
		const note = page.getByText(/^Changing the numbers needs JavaScript/);
		await expect(note, 'says it is the default').toBeVisible();
		expect(
			await note.evaluate((p) => p.compareDocumentPosition(document.querySelector('table')!) & Node.DOCUMENT_POSITION_FOLLOWING),
			'before the table',
		).toBeTruthy();
	});
});

test('“each attendee needs a GPU” (gpu=1) narrows the cheapest workable and says why; fee columns only with a fee', async ({ page }) => {
	await open(page, '/tools/cost/?attendees=40');
	const summary = page.locator('.cost-summary');
	const before = await summary.textContent();
	const headers = page.locator('.cost-table thead th');
	await expect(headers.filter({ hasText: 'Fees minus total' }), 'no fee: no coverage column').toHaveCount(0);
	await expect(headers.filter({ hasText: 'Break-even' }), 'no fee: no break-even column').toHaveCount(0);
	await page.getByRole('checkbox', { name: 'Each attendee needs a GPU' }).check();
	await expect(page).toHaveURL(/[?&]gpu=1(&|$)/);
	await expect(summary, 'the verdict changes').not.toHaveText(before ?? '');
	// Every option still marked cheapest says it is workable; the others without a GPU say so.
	const cheapest = page.locator('tr.cost-cheapest');
	expect(await cheapest.count()).toBeGreaterThan(0);
	for (const text of await cheapest.locator('td[data-col="workable"] .cost-verdict').allTextContents()) expect(text).toContain('Workable');
	const noGpu = page.locator('td[data-col="workable"]').filter({ hasText: 'no GPU' });
	expect(await noGpu.count(), 'tiers without a GPU name the reason').toBeGreaterThan(0);
	await expect(page.locator('tr.cost-cheapest td[data-col="workable"]').filter({ hasText: 'no GPU' })).toHaveCount(0);
	// CoCalc's GPUs come on compute servers billed on top of the seat: its seat price is not a GPU workshop's cost.
	await expect(
		page
			.locator('tr', { hasText: 'CoCalc' })
			.locator('td[data-col="workable"]')
			.filter({ hasText: 'GPU billed on top: not in this total' })
			.first(),
	).toBeVisible();
	await field(page, 'fee').fill('30');
	await expect(headers.filter({ hasText: 'Fees minus total' }), 'a fee brings the coverage column').toHaveCount(1);
	// The same link parameter works on the plan, and survives a reload there.
	await open(page, '/plan/?gpu=1');
	await expect(page.getByRole('checkbox', { name: 'Each attendee needs a GPU' })).toBeChecked();
	await expect(page.locator('tr.cost-cheapest td[data-col="workable"]').filter({ hasText: 'no GPU' })).toHaveCount(0);
});

test('the table keeps every figure inside its column, even at the largest values a link allows, with the fee columns', async ({ page }) => {
	// Column widths come from the header row (table-layout: fixed): a long sum must wrap, never spill into the next cell.
	const big = `attendees=${ATTENDEES_SPEC.max}&months=${MONTHS_SPEC.max}&fee=${FEE_SPEC.max}&price-cocalc=${PRICE_SPEC.max}`;
	for (const width of [1000, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await open(page, `/tools/cost/?${big}`);
		await expect(cell(page, 'price-cocalc', 'break-even'), 'the fee columns show').toBeVisible();
		const table = page.locator('.cost-table');
		expect(await table.evaluate((t) => getComputedStyle(t).display), 'a table at this width, not cards').toBe('table');
		const spilled = await table.evaluate((t) =>
			[...t.querySelectorAll('th, td')]
				.filter((c) => c.scrollWidth > c.clientWidth + 1)
				.map((c) => c.getAttribute('data-col') ?? c.textContent),
		);
		expect(spilled, `cells whose content is wider than the cell at ${width} px`).toEqual([]);
	}
});
