/**
 * `client:link="intent"` on the tool pages: a plain visit loads no island JavaScript, the
 * reader's first touch wakes every tool island of the page, and what the reader typed or
 * clicked before the code arrived takes effect once it has (src/client/hydrate-on-link.js).
 */
import { expect, test, type Page } from '@playwright/test';
import { BUDGETS, jsGzip, TOUCHED_TOOL_JS } from './gates/budgets.mjs';
import { measureLoad } from './gates/measure.mjs';
import { INTENT_ISLANDS } from './gates/visit.mjs';

/** The tool islands that wait for the reader. */
const intent = (page: Page) => page.locator(INTENT_ISLANDS);

/**
 * Holds every island component module (the files an `astro-island` names in `component-url`)
 * until `release()`, and records which were asked for: the reader's edits land before hydration.
 */
async function holdIslands(page: Page) {
	const asked: string[] = [];
	let release = () => {};
	const gate = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/(TimeBudget|SessionSummary|CostCalculator)\.[\w-]+\.js$/, async (route) => {
		asked.push(new URL(route.request().url()).pathname);
		await gate;
		await route.continue();
	});
	return { asked, release };
}

test('/tools/time-budget/: no island code until the reader reaches for it; a typed session and a clicked button before hydration both count', async ({
	page,
}) => {
	const held = await holdIslands(page);
	await page.goto('/tools/time-budget/');
	await page.waitForLoadState('networkidle');
	expect(held.asked, 'a plain visit asks for no island code').toEqual([]);
	await expect(intent(page).and(page.locator('[ssr]')), 'estimator and summary wait').toHaveCount(2);

	const session = page.locator('.tb').getByLabel('Session length');
	await session.fill('90');
	await page.getByRole('button', { name: 'Add an agenda item' }).click();
	await expect.poll(() => held.asked.length, 'the first touch asks for both islands').toBe(2);
	await expect(intent(page).and(page.locator('[ssr]')), 'still waiting for the code').toHaveCount(2);

	held.release();
	await expect(intent(page).and(page.locator('[ssr]')), 'both hydrated').toHaveCount(0);
	await expect(page.getByText('Agenda in all: 70 min'), 'the click before hydration added an item').toBeVisible();
	await expect(page.getByRole('region', { name: 'Session summary' }), 'the typed session reached the summary').toContainText(
		'Session length: 90 min',
	);
	await expect(page, 'and the address').toHaveURL(/session=90/);
	await expect(session, 'the field keeps what was typed').toHaveValue('90');
});

test('a click with no focus or pointer first (as a screen reader sends it) wakes the tools and counts', async ({ page }) => {
	const held = await holdIslands(page);
	await page.goto('/tools/time-budget/');
	await page.getByRole('button', { name: 'Add an agenda item' }).dispatchEvent('click');
	await expect.poll(() => held.asked.length, 'the click asks for both islands').toBe(2);
	held.release();
	await expect(page.getByText('Agenda in all: 70 min'), 'the item is added once').toBeVisible();
	await expect(page.getByRole('region', { name: 'Session summary' }), 'the summary follows the new agenda').toContainText(
		'fits, 92 min left',
	);
});

test('steps before hydration replay in their order: a button sees the values typed before it', async ({ page }) => {
	const held = await holdIslands(page);
	await page.goto('/tools/time-budget/');
	await page.getByText('Timed a run? Work out the seconds per epoch').click();
	await page.getByLabel('Epochs run').fill('10');
	await page.getByLabel('Seconds they took').fill('36');
	// The server's label still names the default figure: the code that works out 3.6 has not arrived.
	await page.getByRole('button', { name: /^Use .* per epoch$/ }).click();
	await expect(intent(page).and(page.locator('[ssr]')), 'still waiting for the code').toHaveCount(2);
	held.release();
	await expect(page, 'the click used 36 s over 10 epochs').toHaveURL(/spe=3\.6/);
	await expect(page.locator('.tb').getByLabel('Seconds per epoch on Colab')).toHaveValue('3.6');
});

for (const [typed, outcome] of [
	['40', 'is priced: the address carries it'],
	['abc', 'is refused with its message, and stays in the field'],
] as const) {
	test(`/tools/cost/: attendees typed before hydration (${typed}) ${outcome}`, async ({ page }) => {
		const held = await holdIslands(page);
		await page.goto('/tools/cost/');
		await page.waitForLoadState('networkidle');
		expect(held.asked, 'a plain visit asks for no island code').toEqual([]);
		const attendees = page.locator('input[name="attendees"]');
		await attendees.fill(typed);
		await expect.poll(() => held.asked.length, 'the first touch asks for the calculator').toBe(1);
		await expect(intent(page).and(page.locator('[ssr]')), 'still waiting for the code').toHaveCount(1);
		held.release();
		await expect(intent(page).and(page.locator('[ssr]')), 'hydrated').toHaveCount(0);
		if (typed === '40') {
			await expect(page, 'the address follows').toHaveURL(/attendees=40/);
			await expect(attendees).not.toHaveAttribute('aria-invalid', 'true');
		} else {
			await expect(page.getByRole('alert'), 'the refused value gets its message').toContainText('Enter a whole number');
			await expect(attendees).toHaveValue('abc');
			await expect(page, 'the address keeps no bad value').not.toHaveURL(/attendees=/);
		}
	});
}

test('a link with values hydrates the tools at once, with no touch', async ({ page }) => {
	await page.goto('/tools/cost/?attendees=40');
	await expect(intent(page).and(page.locator('[ssr]')), 'hydrated for the link').toHaveCount(0);
});

for (const path of ['/tools/cost/', '/tools/time-budget/']) {
	test(`${path}: within the tool budget before a touch, and within ${TOUCHED_TOOL_JS / 1024} KB once touched`, async ({ browser }) => {
		const before = jsGzip(await measureLoad(await browser.newPage(), path));
		expect(before, `JavaScript before interaction: ${before} bytes gzip`).toBeLessThanOrEqual(BUDGETS.tool.jsGzip);
		const page = await browser.newPage();
		const touched = jsGzip(await measureLoad(page, path, () => intent(page).locator('input').first().focus()));
		expect(touched, 'the first touch loads the tool').toBeGreaterThan(before + 8 * 1024);
		expect(touched, `JavaScript once touched: ${touched} bytes gzip`).toBeLessThanOrEqual(TOUCHED_TOOL_JS);
		await expect(intent(page).and(page.locator('[ssr]')), 'and it is live').toHaveCount(0);
	});
}

test('a value typed in the instant between hydration and the tool binding its stores still reaches the address', async ({ page }) => {
	// The keystroke lands right as the island hydrates: its input handler is live, the effect
	// that mirrors the stores into the address has not run yet.
	await page.addInitScript(() => {
		document.addEventListener(
			'astro:hydrate',
			(e) => {
				const input = (e.target as Element).querySelector<HTMLInputElement>('input[name="attendees"]');
				if (!input) return;
				input.value = '35';
				input.dispatchEvent(new Event('input', { bubbles: true }));
			},
			{ capture: true },
		);
	});
	await page.goto('/tools/cost/');
	await page.getByLabel('Attendees').first().focus();
	await expect(page.locator('.cost-calculator caption'), 'the result follows the field').toContainText('35');
	await expect(page, 'and so does the address').toHaveURL(/[?&]attendees=35(&|$)/);
	await page.reload();
	await expect(page.getByLabel('Attendees').first(), 'a reload keeps it').toHaveValue('35');
});
