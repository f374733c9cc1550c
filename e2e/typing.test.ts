/**
 * Typing into a tool, as the browser sees it: the result is redrawn in the keystroke's own task
 * (no second frame per key), and the URL, written once per keystroke for all the page's tools in
 * a task after it, is up to date for anything that reads it right away (copy link, the language
 * switch), even in the keystroke's own task.
 */
import { expect, test } from '@playwright/test';
import { NUMBER_INPUT } from './gates/pages.mjs';
import { prepareKeystrokes } from './gates/probe.mjs';
import { hydrateIslands } from './gates/visit.mjs';

for (const path of ['/tools/cost/', '/tools/time-budget/', '/plan/']) {
	test(`${path}: a keystroke's result is in the DOM before the keystroke's task ends`, async ({ page }) => {
		await page.goto(path);
		await hydrateIslands(page);
		const [key] = await prepareKeystrokes(page);
		await page
			.locator(NUMBER_INPUT)
			.first()
			.evaluate((input) => {
				const w = window as unknown as { changed: boolean; inTask: boolean | null };
				const field = input.closest('.wr-field') ?? input;
				w.changed = false;
				w.inTask = null;
				// Counted from the keystroke: earlier changes (a QR code drawn late) do not count.
				addEventListener('keydown', () => (w.changed = false), { capture: true, once: true });
				new MutationObserver((records) => {
					if (records.some((r) => !field.contains(r.target))) w.changed = true;
				}).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
				// The last listener of the input event; microtasks (Preact's render, the observer) run
				// before it, a timer or the next frame would not.
				addEventListener('input', () => queueMicrotask(() => (w.inTask ??= w.changed)), { once: true });
			});
		await page.keyboard.press(key);
		await expect.poll(() => page.evaluate(() => (window as unknown as { inTask: boolean | null }).inTask)).not.toBeNull();
		expect(await page.evaluate(() => (window as unknown as { inTask: boolean }).inTask), 'result changed in the same task').toBe(true);
	});
}

test('the URL is current for a click right after typing: copy link and the language switch', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/tools/cost/');
	await hydrateIslands(page);
	const attendees = page.locator('input[name="attendees"]');
	// Typed and copied in one task: only copy link's own flush can put the new value in the URL.
	await attendees.evaluate((input: HTMLInputElement) => {
		input.value = '37';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		const copy = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Copy link');
		copy?.click();
	});
	await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText()), 'the copied link has the typed value').toMatch(/[?&]attendees=37(&|$)/);

	// Typed and switched in one task too: the click itself must flush the pending write.
	await attendees.evaluate((input: HTMLInputElement) => {
		input.value = '38';
		input.dispatchEvent(new Event('input', { bubbles: true }));
		document.querySelector<HTMLAnchorElement>('[data-lang-switch][hreflang="zh-CN"]')?.click();
	});
	await expect(page, 'the language switch carries the typed value').toHaveURL(/\/zh-cn\/tools\/cost\/\?(.+&)?attendees=38(&|$)/);
});

test('/tools/time-budget/: the overview out of view catches up right after the paint; in view it changes with the keystroke', async ({
	page,
}) => {
	await page.goto('/tools/time-budget/');
	await hydrateIslands(page);
	const table = page.locator('.tb-overview .tb-table tbody');
	const session = page.locator(NUMBER_INPUT).first();
	// Records whether the overview's table changed within the keystroke's task (see the test above).
	const watch = () =>
		table.evaluate((body) => {
			const w = window as unknown as { overviewInTask: boolean | null; overviewChanged: boolean };
			w.overviewInTask = null;
			w.overviewChanged = false;
			const observer = new MutationObserver(() => (w.overviewChanged = true));
			observer.observe(body, { subtree: true, childList: true, characterData: true });
			// Records not yet delivered count too: the observer's own callback may come after this check.
			addEventListener('input', () => queueMicrotask(() => (w.overviewInTask ??= w.overviewChanged || observer.takeRecords().length > 0)), {
				once: true,
			});
		});
	const inTask = () => page.evaluate(() => (window as unknown as { overviewInTask: boolean | null }).overviewInTask);

	await session.scrollIntoViewIfNeeded();
	await page.evaluate(() => scrollTo(0, 0));
	await expect
		.poll(() => table.evaluate((el) => el.getBoundingClientRect().top > innerHeight * 1.6), 'the table starts out of view')
		.toBe(true);
	const before = await table.innerText();
	await watch();
	await session.fill('30');
	await expect.poll(inTask).not.toBeNull();
	expect(await inTask(), 'out of view: not redrawn in the keystroke task').toBe(false);
	await expect.poll(() => table.innerText(), 'then redrawn with the new session').not.toBe(before);

	await table.scrollIntoViewIfNeeded();
	// The observer reports the new position on its next frame.
	await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await watch();
	await session.evaluate((input: HTMLInputElement) => {
		input.value = '200';
		input.dispatchEvent(new Event('input', { bubbles: true }));
	});
	await expect.poll(inTask).not.toBeNull();
	expect(await inTask(), 'in view: redrawn in the keystroke task').toBe(true);
});
