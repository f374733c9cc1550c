/** The one-cell setup on /prep/, the setup notebook download and the plan's day-before checklist. */
import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { waitForHydrate } from './test-utils';

const ACCEPTANCE = '/prep/?platform=colab&repo=https://codeberg.org/ws/handson&branch=trunk&folder=ws2026';
const quick = (page: Page) => page.locator('.wr-quick');

async function open(page: Page, url: string) {
	await page.goto(url);
	await waitForHydrate(page);
}

/** Clicks the download button and parses the notebook it saves. */
async function downloadNotebook(page: Page) {
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download setup notebook (.ipynb)' }).click(),
	]);
	const path = await (download as Download).path();
	return { name: (download as Download).suggestedFilename(), notebook: JSON.parse(readFileSync(path, 'utf8')) };
}

const codeOf = (notebook: { cells: { cell_type: string; source: string[] }[] }) =>
	notebook.cells.filter((c) => c.cell_type === 'code').map((c) => c.source.join(''));

test('the acceptance link: one Colab cell that mounts Drive, clones trunk into ws2026 and updates; the notebook holds it', async ({
	page,
}) => {
	await open(page, ACCEPTANCE);
	await expect(quick(page), 'one quick-setup cell').toHaveCount(1);
	const cell = quick(page).locator('pre code');
	await expect(cell).toHaveCount(1);
	await expect(quick(page).getByRole('button', { name: /^Copy/ }), 'one copy button').toHaveCount(1);
	const text = (await cell.textContent()) ?? '';
	expect(text).toContain("drive.mount('/content/drive')");
	expect(text).toContain('REPO = "https://codeberg.org/ws/handson"');
	expect(text).toContain('BRANCH = "trunk"');
	expect(text).toContain('"/content/drive/MyDrive/ws2026"');
	expect(text, 'the update path').toContain("'merge', '-Xours', '--no-edit'");
	expect(text, 'plain Python only').not.toMatch(/^\s*[!%]/m);
	await expect(page.getByRole('heading', { name: 'Or step by step' }), 'the steps follow').toBeVisible();
	await expect(page.getByRole('heading', { name: "Get the instructor's latest changes" })).toBeVisible();

	const { name, notebook } = await downloadNotebook(page);
	expect(name).toBe('workshop-setup-colab.ipynb');
	expect(notebook.nbformat).toBe(4);
	expect(notebook.metadata.kernelspec.name).toBe('python3');
	expect(codeOf(notebook)[0], 'the notebook’s first code cell is the page’s cell').toBe(text);
	expect(notebook.cells[0].source.join(''), 'the prep link').toMatch(
		/<http:\/\/127\.0\.0\.1:\d+\/prep\/\?\S*codeberg\.org%2Fws%2Fhandson&branch=trunk&folder=ws2026>/,
	);
});

test('on a phone the cell scrolls in a box of its own, by keyboard too, and prints in full', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 780 });
	await open(page, ACCEPTANCE);
	const box = quick(page).getByRole('group', { name: 'Notebook cell' });
	const size = await box.evaluate((el) => ({ shown: el.clientHeight, whole: el.scrollHeight }));
	expect(size.shown, 'at most 60% of the screen').toBeLessThanOrEqual(0.6 * 780);
	expect(size.whole, 'the cell is longer than its box').toBeGreaterThan(2 * size.shown);
	await box.focus();
	await expect(box, 'reached by keyboard').toBeFocused();
	await page.keyboard.press('PageDown');
	await expect.poll(() => box.evaluate((el) => el.scrollTop), 'scrolls by keyboard').toBeGreaterThan(0);
	const shortCommand = page.locator('.wr-steps pre').first();
	expect(await shortCommand.getAttribute('tabindex'), 'a short command is no tab stop').toBeNull();
	await page.emulateMedia({ media: 'print' });
	const printed = await box.evaluate((el) => el.clientHeight >= el.scrollHeight);
	expect(printed, 'printed whole').toBe(true);
});

for (const [platform, expected] of [
	['kaggle', ['ROOT = os.path.expanduser("/kaggle/working")', "switch it on in the notebook's side panel"]],
	['studio-lab', ['ROOT = os.path.expanduser("~")']],
] as const) {
	test(`${platform}: the quick-setup cell comes first, without Drive`, async ({ page }) => {
		await open(page, `/prep/?platform=${platform}&repo=https://github.com/ws/handson`);
		// Hydrated, the page drops the other platforms' panels (a frame or two later): one cell is left.
		await expect(quick(page), "only the chosen platform's cell").toHaveCount(1);
		const text = (await quick(page).locator('pre code').textContent()) ?? '';
		for (const part of expected) expect(text).toContain(part);
		expect(text).toContain('REPO = "https://github.com/ws/handson"');
		expect(text).not.toContain('drive.mount');
		expect(text).not.toMatch(/^\s*[!%]/m);
		const beforeSteps = await quick(page).evaluate((el) =>
			Boolean(el.compareDocumentPosition(document.querySelector('.wr-steps') as Node) & Node.DOCUMENT_POSITION_FOLLOWING),
		);
		expect(beforeSteps, 'the cell comes before the steps').toBe(true);
	});
}

test('the plan’s day-before checklist persists per workshop and offers the notebook', async ({ page }) => {
	// Three loads of the heaviest page (every tool on it): allow for a busy machine.
	test.setTimeout(90_000);
	const url = '/plan/?platform=kaggle&repo=https://github.com/ws/handson&title=Lab';
	await open(page, url);
	const section = page.locator('section[aria-labelledby="plan-day-before"]');
	const phone = section.getByRole('checkbox', { name: /verified phone number/ });
	await expect(section.getByRole('checkbox'), 'private window, Kaggle’s pitfall, fallback, QR slide').toHaveCount(4);
	await expect(section.getByRole('link', { name: 'source' }).first()).toHaveAttribute('href', /^https:\/\//);
	await phone.check();
	await expect(section.getByRole('status')).toHaveText('1 of 4 checks done');
	const { notebook } = await downloadNotebook(page);
	expect(notebook.nbformat).toBe(4);
	expect(codeOf(notebook)[0]).toContain('/kaggle/working');
	expect(notebook.cells[0].source.join('')).toContain('# Lab');

	await open(page, url);
	await expect(phone, 'kept after a reload').toBeChecked();
	await open(page, '/plan/?platform=kaggle&repo=https://github.com/ws/other');
	await expect(phone, 'another workshop has its own ticks').not.toBeChecked();
});
