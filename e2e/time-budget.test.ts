/** The time-budget estimator in a browser: links, live updates, modes, two islands, no JS (its JS budget: hydrate-on-intent). */
import { expect, test, type Page } from '@playwright/test';
import { INTENT_ISLANDS } from './gates/visit.mjs';
import { expectNoAxeViolations, waitForHydrate } from './test-utils';

const PAGE = '/tools/time-budget/';
const ACCEPTANCE = `${PAGE}?session=180&overhead=60&epochs=50&spe=7.2&runs=3`;

/** The results section of the platform in use ("On Google Colab"). */
const results = (page: Page) => page.getByRole('region', { name: /^On / });
/** The figure under a label in the results (`Training`, `Time used`, `Time left`, `Over by`). */
const figure = (page: Page, label: string) =>
	results(page)
		.locator('dl > div')
		.filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
		.locator('.tb-figure');
const summary = (page: Page) => page.getByRole('region', { name: 'Session summary' });
const main = (page: Page) => page.locator('.tb');

/** The estimator and summary: they hydrate for a link or at the reader's first touch (`client:link="intent"`). */
const intent = (page: Page) => page.locator(INTENT_ISLANDS);

/** Wakes the estimator and summary as a reader's focus would, and waits for them (the timeline/table island hydrates only when scrolled to). */
async function hydrated(page: Page) {
	await expect(intent(page), 'estimator and summary').toHaveCount(2);
	await intent(page).locator('input').first().dispatchEvent('focusin');
	await expect(intent(page).and(page.locator('[ssr]')), 'estimator and summary hydrated').toHaveCount(0);
}

/** Opens a page and waits for its islands; `below` also scrolls to the timeline/table island. */
async function open(page: Page, url: string, below = false) {
	await page.goto(url);
	await hydrated(page);
	if (below) {
		await page.locator('.tb-overview').scrollIntoViewIfNeeded();
		await waitForHydrate(page);
	}
}

test.describe('links', () => {
	test('restore the article plan on Colab: 18 min training, 78 used, 102 left, fits', async ({ page }) => {
		await open(page, `${ACCEPTANCE}&platform=colab`);
		await expect(figure(page, 'Training'), 'training on Colab').toHaveText('18 min');
		await expect(figure(page, 'Time used'), 'time used on Colab').toHaveText('78 min');
		await expect(figure(page, 'Time left'), 'time left on Colab').toHaveText('102 min');
		await expect(results(page).locator('.tb-status'), 'marked as fitting').toHaveText('✓ Fits in the session');
		await expect(results(page).locator('.tb-warnings'), 'no warning on Colab').toHaveCount(0);
	});

	test('restore it on CoCalc: 90 min training, 150 used, 30 left and the long-run warning', async ({ page }) => {
		await open(page, `${ACCEPTANCE}&platform=cocalc`);
		await expect(results(page).getByRole('heading'), 'heading names CoCalc').toHaveText('On CoCalc');
		await expect(figure(page, 'Training'), 'training on CoCalc').toHaveText('90 min');
		await expect(figure(page, 'Time used'), 'time used on CoCalc').toHaveText('150 min');
		await expect(figure(page, 'Time left'), 'time left on CoCalc').toHaveText('30 min');
		await expect(results(page).locator('.tb-warnings li'), 'one warning: the 30-minute run').toHaveText([
			/30 min, longer than 20 minutes: attendees wait with nothing to do/,
		]);
		await expect(summary(page), 'summary bar agrees').toContainText('CoCalc: fits, 30 min left');
	});

	test('restore every island, including those hydrating after the link was read', async ({ page }) => {
		await open(page, `${PAGE}?session=60&plan=1,10,50&platform=cocalc`, true);
		await expect(summary(page).locator('p'), 'summary marks the overrun').toHaveClass('tb-over');
		await expect(summary(page), 'summary shows the session from the link').toContainText('Session length: 60 min');
		await expect(page.locator('.tb-table tr.tb-chosen th'), 'table marks CoCalc').toContainText('CoCalc');
		// 60 min agenda + 36.6 min training = 96.6 min used: the session end sits at 60/96.6 of the bar
		await expect(page.locator('.tb-timeline .tb-end'), 'session end moved').toHaveAttribute('x1', '621.1');
	});

	test('name refused parameters, keep defaults and never show NaN', async ({ page }) => {
		await open(page, `${PAGE}?epochs=abc&spe=-1&plan=1,x&factor-nowhere=2&session=180`);
		const notices = page.locator('.wr-notice[role="status"] li');
		await expect(notices, 'one notice per refused parameter').toHaveCount(4);
		for (const name of ['epochs', 'spe', 'plan', 'factor-nowhere'])
			await expect(notices.filter({ has: page.locator('code').getByText(name, { exact: true }) }), `notice names ${name}`).toHaveCount(1);
		await expect(figure(page, 'Training'), 'defaults used').toHaveText('18 min');
		await expect(page.locator('body'), 'no odd figures').not.toContainText(/NaN|Infinity|-\d+ min/);
	});

	test('a plan of 1,000 runs stays responsive and draws a capped timeline', async ({ page }) => {
		const plan = Array.from({ length: 1000 }, (_, i) => (i % 3) + 1).join(',');
		const started = Date.now();
		await open(page, `${PAGE}?plan=${plan}&spe=0.5`, true);
		await expect(page.getByLabel('Epochs of each run, in order'), 'plan restored').toHaveValue(/^1, 2, 3, 1/);
		expect(Date.now() - started, 'loads and hydrates quickly').toBeLessThan(10_000);
		expect(await page.locator('.tb-timeline rect').count(), 'at most 40 run bars plus agenda and overrun').toBeLessThanOrEqual(46);
		await expect(page.locator('.tb-timeline ol li').nth(3), 'merged runs named as a range').toHaveText(/^Runs 1 to 25:/);
	});
});

test.describe('editing', () => {
	test('updates results, the URL and the summary live', async ({ page }) => {
		await open(page, PAGE);
		await main(page).getByLabel('Number of runs').fill('5');
		await expect(figure(page, 'Training'), '5 runs of 6 min').toHaveText('30 min');
		await expect(page, 'URL follows').toHaveURL(/runs=5/);
		await main(page).getByLabel('Platform in use').selectOption('cocalc');
		await expect(figure(page, 'Over by'), '150 min training + 60 min agenda').toHaveText('30 min');
		await expect(results(page).locator('.tb-warnings li'), 'all three warnings').toHaveCount(3);
		await expect(summary(page), 'summary shows the overrun').toContainText('CoCalc: over by 30 min');
		await expect(page, 'the address follows once the result is on screen').toHaveURL(/platform=cocalc/);
		await page.reload();
		await hydrated(page);
		await expect(figure(page, 'Over by'), 'reload restores from the URL').toHaveText('30 min');
	});

	test('keeps the last good result while a field holds bad input', async ({ page }) => {
		await open(page, PAGE);
		const epochs = main(page).getByLabel('Epochs per run');
		await epochs.fill('-3');
		await expect(epochs, 'marked invalid').toHaveAttribute('aria-invalid', 'true');
		await expect(main(page).getByRole('alert'), 'says why').toHaveText('Must be at least 1.');
		await expect(figure(page, 'Training'), 'last good result stays').toHaveText('18 min');
		expect(page.url(), 'URL keeps the last good value').not.toContain('epochs=-');
	});

	test('plan mode times each run and refuses a bad item', async ({ page }) => {
		await open(page, PAGE);
		await page.getByRole('radio', { name: /experiment plan/ }).check();
		const plan = page.getByLabel('Epochs of each run, in order');
		await plan.fill('1, 10, 50, 50, 50, 50, 20');
		await expect(figure(page, 'Training'), '231 epochs × 7.2 s').toHaveText('28 min');
		await expect(page, 'URL carries the plan').toHaveURL(/plan=1%2C10%2C50%2C50%2C50%2C50%2C20/);
		await expect(plan, 'the hint counts the runs').toHaveAccessibleDescription(/7 runs, 231 epochs in all/);
		await plan.fill('1, ten');
		await expect(main(page).getByRole('alert'), 'names the run').toHaveText('Run 2: Enter a whole number.');
		await expect(figure(page, 'Training'), 'last good plan stays').toHaveText('28 min');
		await plan.fill('40');
		await expect(plan, 'one run is not "1 runs"').toHaveAccessibleDescription(/one run/);
	});

	test('presets and the measured-run helper set the inputs', async ({ page }) => {
		await open(page, PAGE);
		await page.getByRole('button', { name: /^MNIST, 5 epochs/ }).click();
		await expect(figure(page, 'Training'), 'MNIST: 12.5 s').toHaveText('12.5 s');
		await expect(main(page).getByLabel('Seconds per epoch on Colab'), '12.5 s / 5').toHaveValue('2.5');
		await page.getByRole('button', { name: 'The 2020 workshop’s experiment plan' }).click();
		await expect(page.getByLabel('Epochs of each run, in order'), 'plan shown').toHaveValue('1, 10, 50, 50, 50, 50, 20');
		await page.getByText('Timed a run? Work out the seconds per epoch').click();
		await page.getByLabel('Epochs run').fill('10');
		await page.getByLabel('Seconds they took').fill('36');
		await page.getByRole('button', { name: 'Use 3.6 s per epoch' }).click();
		await expect(page, 'derived value in the URL').toHaveURL(/spe=3\.6/);
		// A refused field's last good value is not what it says any more: nothing is derived from it.
		await page.getByLabel('Epochs run').fill('abc');
		const use = page.getByRole('button', { name: /^Use .* per epoch$/ });
		await expect(use, 'disabled while a field is refused').toBeDisabled();
		await expect(use).toHaveText('Use – s per epoch');
		await page.getByLabel('Epochs run').fill('12');
		await expect(use, 'usable again with the new value').toHaveText('Use 3 s per epoch');
		await expect(use).toBeEnabled();
	});

	test('a platform without a measured factor asks for one', async ({ page }) => {
		await open(page, `${PAGE}?platform=kaggle`);
		await expect(results(page), 'no invented figure').toContainText(/No measured factor for Kaggle[^:]*: enter one to estimate\./);
		await expect(results(page).locator('dl'), 'no figures').toHaveCount(0);
		await results(page).getByRole('link', { name: 'Enter a factor in the table of platforms' }).click();
		await waitForHydrate(page);
		const row = page.locator('.tb-table tr', { hasText: 'Kaggle' });
		await expect(row, 'row says so').toContainText('no measured factor — enter one');
		await row.getByLabel('Training-time factor for Kaggle').fill('1.5');
		await expect(row, 'row now estimates').toContainText('27 min');
		await expect(figure(page, 'Training'), '18 min × 1.5').toHaveText('27 min');
		await expect(page, 'factor in the URL').toHaveURL(/factor-kaggle=1\.5/);
		// Emptied again, it is back to "no measured factor": no error, no figure, out of the link.
		await row.getByLabel('Training-time factor for Kaggle').fill('');
		await expect(results(page)).toContainText('No measured factor for Kaggle');
		await expect(row.getByLabel('Training-time factor for Kaggle')).not.toHaveAttribute('aria-invalid', 'true');
		await expect(page).not.toHaveURL(/factor-kaggle/);
	});

	test('Colab, the reference, has no factor to set: a link’s factor-colab is refused like an unknown name', async ({ page }) => {
		await open(page, `${PAGE}?factor-colab=2&factor-nowhere=3`, true);
		for (const name of ['factor-colab', 'factor-nowhere'])
			await expect(page.locator('.wr-notice li').filter({ hasText: name }), `${name} is named`).toContainText(
				'This page has no setting by that name',
			);
		await expect(figure(page, 'Training'), 'Colab still times at 1×').toHaveText('18 min');
		const row = page.locator('.tb-table tr', { hasText: 'Google Colab' });
		await expect(row.locator('input'), 'no field for Colab’s factor').toHaveCount(0);
		await expect(row, 'its 1× stated as the reference').toContainText('1× (the reference');
	});
});

test('copies a link that restores the estimate', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, `${ACCEPTANCE}&platform=cocalc`, true);
	await main(page).getByLabel('Number of runs').fill('2');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByText('Copied'), 'confirmed').toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(new URL(copied).search, 'link carries the whole estimate').toBe(
		'?session=180&overhead=60&epochs=50&runs=2&spe=7.2&platform=cocalc',
	);
	await page.goto(copied);
	await hydrated(page);
	await expect(figure(page, 'Training'), 'link restores it').toHaveText('60 min');
});

test('the summary bar reports the session length from its one field, in the estimator', async ({ page }) => {
	await open(page, PAGE);
	await expect(summary(page).getByRole('textbox'), 'the summary only reports').toHaveCount(0);
	await main(page).getByLabel('Session length').fill('90');
	await expect(summary(page), 'summary follows the estimator').toContainText('Session length: 90 min');
	await expect(figure(page, 'Time left'), '90 − 78').toHaveText('12 min');
	await main(page).getByLabel('Session length').fill('60');
	await expect(summary(page), 'summary verdict follows').toContainText('Google Colab: over by 18 min');
});

test('rounded figures never flatter the plan: used up, left down, and an overrun never reads 0', async ({ page }) => {
	// 60 min of agenda + 12.5 min of training in a 120 min session: 72.5 used, 47.5 left.
	await open(page, `${PAGE}?session=120&agenda=Talk:60&epochs=1&spe=750&runs=1`);
	await expect(figure(page, 'Training')).toHaveText('13 min');
	await expect(figure(page, 'Time used')).toHaveText('73 min');
	await expect(figure(page, 'Time left'), '73 + 47 = 120, as shown').toHaveText('47 min');
	await expect(summary(page)).toContainText('Google Colab: fits, 47 min left');
	// Over by 0.04 s: the verdict and its number agree.
	await open(page, `${PAGE}?session=60&agenda=Talk:59&epochs=1&spe=60.04&runs=1`);
	await expect(figure(page, 'Over by')).toHaveText('0.1 s');
	await expect(figure(page, 'Time used'), '60 min and 0.04 s, beside an overrun in seconds').toHaveText('60 min 0.1 s');
	await expect(summary(page)).toContainText('Google Colab: over by 0.1 s');
	// Within a minute of the session, training and time used show their seconds: 1 min 1 s + 60 min = 61 min 1 s, 1 s over 61.
	await open(page, `${PAGE}?session=61&agenda=Talk:60&epochs=1&spe=61&runs=1`);
	await expect(figure(page, 'Training')).toHaveText('1 min 1 s');
	await expect(figure(page, 'Time used')).toHaveText('61 min 1 s');
	await expect(figure(page, 'Over by')).toHaveText('1 s');
});

test('a workshop longer than a platform’s sessions is flagged for that platform, in the results and the table', async ({ page }) => {
	// Colab's free sessions: at most 12 h (the data's figure).
	await open(page, `${PAGE}?session=800`);
	await expect(main(page).locator('.tb-warnings'), 'the chosen platform').toContainText(/lasts at most 12 h: this workshop is longer/);
	const row = (name: RegExp) => page.locator('.tb-table tbody tr').filter({ hasText: name });
	await expect(row(/Studio Lab/), 'Studio Lab: 4 h, even with no training factor').toContainText('sessions end after 4 h');
	await open(page, `${PAGE}?session=300`);
	await expect(row(/Studio Lab/)).toContainText('sessions end after 4 h');
	await expect(row(/mybinder/), 'mybinder.org: 6 h, longer than the workshop').not.toContainText('sessions end after');
	await expect(main(page), 'Colab: 12 h').not.toContainText('lasts at most');
});

test('the agenda works from the keyboard', async ({ page }) => {
	await open(page, PAGE);
	const add = page.getByRole('button', { name: 'Add an agenda item' });
	await add.focus();
	await page.keyboard.press('Enter');
	await expect(page.getByText('Agenda in all: 70 min'), 'new 10-minute item counted').toBeVisible();
	await expect(page.getByRole('textbox', { name: 'Name of item 5' }), 'focus moves to the new item’s name').toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Remove Other item' }), 'tabbing on reaches its remove button').toBeFocused();
	await page.keyboard.press('Enter');
	await expect(add, 'focus returns to the add button').toBeFocused();
	await expect(page, 'overhead follows the agenda').toHaveURL(/overhead=60/);
	await expect(add, 'focus is visible').toHaveCSS('outline-style', 'solid');
});

test('a name at its 80-character limit refuses a typed character, keeping its own and the caret', async ({ page }) => {
	const full = `${'a'.repeat(40)}${'z'.repeat(40)}`;
	await open(page, `${PAGE}?agenda=${full}:20,Lab:40`);
	const name = page.getByRole('textbox', { name: 'Name of item 1' });
	await expect(name).toHaveValue(full);
	await name.focus();
	await name.evaluate((el: HTMLInputElement) => el.setSelectionRange(40, 40));
	await page.keyboard.type('XY');
	await expect(name, 'nothing typed in, nothing pushed out').toHaveValue(full);
	expect(await name.evaluate((el: HTMLInputElement) => el.selectionStart), 'the caret stays where the typing was').toBe(40);
	await page.keyboard.press('Backspace');
	await page.keyboard.type('Q');
	await expect(name, 'with room, typing works').toHaveValue(`${'a'.repeat(39)}Q${'z'.repeat(40)}`);
});

test('on a phone every platform is a card: no column cut off, each figure named', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await open(page, `${ACCEPTANCE}&platform=cocalc`);
	const table = page.locator('.tb-table');
	const clipped = await table.evaluate((el) => {
		const box = (el.parentElement as HTMLElement).getBoundingClientRect();
		return [...el.querySelectorAll('th, td')].filter((c) => c.getBoundingClientRect().right > box.right + 1).length;
	});
	expect(clipped, 'cells past the right edge').toBe(0);
	const cocalc = table.getByRole('row', { name: /CoCalc/ });
	const label = await cocalc
		.locator('td')
		.last()
		.evaluate((el) => getComputedStyle(el, '::before').content);
	expect(label, 'each figure says which it is').toContain('Left or over');
});

// The fitting default is checked by the axe sweep of every page (quality-axe-themes); here, an overrun.
test('has no axe violations when the plan overruns', async ({ page }) => {
	await open(page, `${PAGE}?session=60&plan=1,10,50&platform=cocalc`);
	await expectNoAxeViolations(page, 'overrunning, plan mode');
});

test('the guide page embeds the estimator', async ({ page }) => {
	await page.goto('/guide/performance/');
	const embed = page.locator('.tb');
	await embed.scrollIntoViewIfNeeded();
	await expect(page.locator('astro-island:has(> .tb)'), 'hydrates when scrolled to').not.toHaveAttribute('ssr');
	await embed.getByLabel('Number of runs').fill('4');
	await expect(embed.getByRole('region', { name: 'On Google Colab' }), 'live results in the guide').toContainText('84 min');
	await expect(page, 'the guide page URL follows too').toHaveURL(/runs=4/);
});

test('a link’s figures replace the defaults everywhere on the page without scrolling', async ({ page }) => {
	await page.goto(`${PAGE}?session=60&plan=1,10,50&platform=cocalc`);
	await expect(page.locator('astro-island[ssr]'), 'every island hydrated, the timeline and table too').toHaveCount(0);
	expect(await page.evaluate(() => window.scrollY), 'nothing scrolled').toBe(0);
	await expect(page.locator('.tb-table tr.tb-chosen th'), 'table marks CoCalc').toContainText('CoCalc');
	await expect(page.locator('.tb-overview'), 'no default figure left below the fold').not.toContainText('78 min');
	// The guide's embed, far below the fold, follows its link too.
	await page.goto('/guide/performance/?runs=4');
	await expect(page.locator('astro-island[ssr]'), 'the guide’s islands hydrate for a link').toHaveCount(0);
	await expect(page.getByRole('region', { name: 'On Google Colab' })).toContainText('84 min');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows the default estimate and the formula', async ({ page }) => {
		await page.goto(PAGE);
		await expect(figure(page, 'Training'), 'default training').toHaveText('18 min');
		await expect(figure(page, 'Time left'), 'default time left').toHaveText('102 min');
		await expect(page.locator('.tb-table tbody tr'), 'every platform listed').toHaveCount(7);
		await expect(page.getByText(/Training time = epochs × seconds per epoch/), 'formula shown').toBeVisible();
		const note = page.getByText(/Without JavaScript this shows the default estimate/);
		await expect(note, 'says it is the default').toBeVisible();
		expect(
			await note.evaluate((p) => p.compareDocumentPosition(document.querySelector('.tb-figure')!) & Node.DOCUMENT_POSITION_FOLLOWING),
			'before the figures',
		).toBeTruthy();
		// No control that does nothing: the agenda's and presets' buttons need JavaScript.
		await expect(page.locator('.tb button:visible'), 'no dead buttons').toHaveCount(0);
	});

	test('the plan page shows no button that needs JavaScript', async ({ page }) => {
		await page.goto('/plan/');
		await expect(page.locator('main button:visible'), 'no dead buttons').toHaveCount(0);
	});
});
