/**
 * WCAG 2.2 AA checked the way an auditor checks it (issue 17), beyond the axe sweep of every
 * page (quality-axe-themes) and the 320 px sweep (site.test.ts): what live regions say while
 * someone types, when field errors appear, contrast axe cannot compute (placeholders, the
 * overrun fill), focus under the sticky bar, and axe itself in the states a reader reaches
 * (error, over budget, copied) in both themes.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { applyTextSpacing, expectNoAxeViolations, waitForHydrate } from './test-utils';

/** Everything Chromium treats as a live region. */
const LIVE = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"], output';

interface LiveChange {
	/** Which region changed (stable per element for one page). */
	region: string;
	/** Its text after the change. */
	text: string;
	/** Milliseconds since watching started. */
	at: number;
}

/**
 * Starts recording every change of text in a live region (or a region added with text);
 * returns a reader for the record. A re-render that leaves the text as it was is no change.
 */
async function watchLiveRegions(page: Page): Promise<() => Promise<LiveChange[]>> {
	await page.evaluate((selector) => {
		const w = window as unknown as { liveChanges: LiveChange[]; liveStart: number };
		w.liveChanges = [];
		const start = performance.now();
		w.liveStart = start;
		const names = new Map<Element, string>();
		const texts = new Map<Element, string>();
		document.querySelectorAll(selector).forEach((region) => texts.set(region, region.textContent ?? ''));
		const note = (region: Element) => {
			const text = region.textContent ?? '';
			if (texts.get(region) === text || (!texts.has(region) && text.trim() === '')) return;
			texts.set(region, text);
			if (!names.has(region)) names.set(region, `${region.tagName.toLowerCase()}.${region.className} #${names.size}`);
			w.liveChanges.push({ region: names.get(region) ?? '', text, at: performance.now() - start });
		};
		new MutationObserver((records) => {
			for (const r of records) {
				const target = r.target instanceof Element ? r.target : r.target.parentElement;
				const region = target?.closest(selector);
				if (region) note(region);
				else
					for (const n of r.addedNodes) {
						if (!(n instanceof Element)) continue;
						n.querySelectorAll(selector).forEach(note);
						if (n.matches(selector)) note(n);
					}
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	}, LIVE);
	return () => page.evaluate(() => (window as unknown as { liveChanges: LiveChange[] }).liveChanges);
}

/** Types one character at the end of `input` and returns the live-region changes of the next `ms`. */
async function liveChangesAfterKey(page: Page, input: Locator, key: string, ms = 1500): Promise<LiveChange[]> {
	await input.focus();
	await input.press('End');
	// Let anything still settling from earlier (hydration, a previous key) be said first.
	await page.waitForTimeout(800);
	const read = await watchLiveRegions(page);
	await input.press(key);
	await page.waitForTimeout(ms);
	return read();
}

/** The regions among `changes`, once each. */
const regions = (changes: LiveChange[]) => [...new Set(changes.map((c) => c.region))];

/** At most one region spoke, and only once typing paused (the result may also be unchanged: then none). */
function expectOneSettledRegion(changes: LiveChange[], what: string) {
	expect(regions(changes).length, `${what}: live regions that spoke`).toBeLessThanOrEqual(1);
	for (const c of changes) expect(c.at, `${what}: "${c.text}" waits for the pause`).toBeGreaterThan(450);
}

/** WCAG contrast ratio of two `rgb()`/`rgba()` colours, `fg` drawn at `alpha` over `bg`. */
function contrast(fg: string, bg: string, alpha = 1): number {
	const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
	const [f, b] = [parse(fg), parse(bg)];
	const mixed = f.map((v, i) => alpha * v + (1 - alpha) * (b[i] ?? 0));
	const lum = (rgb: number[]) => {
		const [r = 0, g = 0, bl = 0] = rgb.map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [l1, l2] = [lum(mixed), lum(b)];
	return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/** Switches the theme the way the toggle does (the `data-theme` attribute on <html>). */
const setTheme = (page: Page, theme: 'light' | 'dark') =>
	page.evaluate((t) => {
		document.documentElement.dataset['theme'] = t;
	}, theme);

/** Waits for the `client:load` islands, then brings the `client:visible` ones in. */
async function openTool(page: Page, url: string) {
	await page.goto(url);
	await waitForHydrate(page);
}

test('the time-budget tool: one debounced live region, errors after a pause, the timed-run helper wired, timeline and targets', async ({
	page,
}) => {
	await openTool(page, '/tools/time-budget/');
	const tool = page.locator('.tb');

	// 4.1.3: one digit typed into the main input is one announcement, a sentence, after the pause.
	const typed = await liveChangesAfterKey(page, tool.getByLabel('Epochs per run'), '1');
	expect(regions(typed), 'one live region speaks').toHaveLength(1);
	expect(typed[0]?.at, 'only once typing pauses').toBeGreaterThan(450);
	expect(typed.at(-1)?.text, 'a sentence with the verdict').toMatch(
		/^(Fits|Does not fit): .+ (left in|over) a 180 min session on Google Colab\.$/,
	);

	// Lesser problem 6: no alert on the first keystroke; after the pause, or at once on leaving the field.
	const runs = tool.getByLabel('Number of runs');
	const bad = await liveChangesAfterKey(page, runs, 'x');
	const alert = bad.find((c) => c.text === 'Enter a whole number.');
	expect(alert?.at, 'the error appears once typing pauses').toBeGreaterThan(450);
	await expect(runs).toHaveAttribute('aria-invalid', 'true');
	await runs.press('Backspace');
	await expect(runs, 'valid again: not invalid any more, at once').not.toHaveAttribute('aria-invalid', { timeout: 300 });
	await runs.press('x');
	await runs.press('Tab');
	await expect(runs, 'leaving the field shows the error at once').toHaveAttribute('aria-invalid', 'true', { timeout: 300 });
	await runs.fill('3');

	// 3.3.1/4.1.3: the timed-run helper's refusal is wired to both fields; the button stays, disabled.
	await page.getByText('Timed a run? Work out the seconds per epoch').click();
	await page.getByLabel('Epochs run').fill('1');
	await page.getByLabel('Seconds they took').fill('99999');
	const refusal = page.locator('.tb-measure [role="alert"]');
	await expect(refusal).toHaveText('Seconds per epoch on Colab: Must be at most 86,400.');
	const refusalId = await refusal.getAttribute('id');
	for (const label of ['Epochs run', 'Seconds they took']) {
		await expect(page.getByLabel(label), `${label} is marked invalid`).toHaveAttribute('aria-invalid', 'true');
		await expect(page.getByLabel(label), `${label} is described by the refusal`).toHaveAttribute(
			'aria-describedby',
			new RegExp(`\\b${refusalId}\\b`),
		);
	}
	await expect(page.getByRole('button', { name: /^Use .* s per epoch$/ }), 'the button stays, disabled').toBeDisabled();

	// Lesser problem 11: the unit is in the field's name.
	await expect(page.getByRole('textbox', { name: 'Session length (minutes)' }), 'the one session field, in the estimator').toHaveCount(1);

	// 1.4.1: runs differ from agenda items by a pattern, and the segments are a visible list.
	const timeline = page.locator('.tb-timeline');
	await expect(timeline.locator('rect.tb-seg-runs').first()).toHaveAttribute('fill', /^url\(#.+\)$/);
	await timeline.getByText('The timeline as a list').click();
	await expect(timeline.locator('details li').first(), 'the list opens').toBeVisible();

	// 2.5.8: each source link is a 24 px target clear of the factor field above it.
	const gaps = await page.locator('.tb-table td:has(.wr-source)').evaluateAll((cells) =>
		cells.map((cell) => {
			const input = cell.querySelector('input')?.getBoundingClientRect();
			const link = cell.querySelector('.wr-source a')?.getBoundingClientRect();
			return { height: link?.height ?? 0, gap: (link?.top ?? 0) - (input?.bottom ?? 0) };
		}),
	);
	expect(gaps.length, 'a source under every factor').toBeGreaterThan(3);
	for (const { height, gap } of gaps) {
		expect(height, 'link target height').toBeGreaterThanOrEqual(24);
		expect(gap, 'space between field and link').toBeGreaterThanOrEqual(4);
	}
});

test('axe (WCAG 2.2 AA) in the error, over-budget and copied states in both themes; the overrun fill and link limits', async ({
	page,
	context,
}) => {
	test.setTimeout(90_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openTool(page, '/tools/time-budget/?session=60&plan=1,10,50&platform=cocalc&overhead=99999');
	// Lesser problem 9: a link notice names the limit it broke.
	await expect(page.locator('.wr-notice[role="status"] li'), 'the limit is named').toHaveText(
		/overhead .*\(Must be at most 1,440\);.*99999/,
	);
	await expect(page.locator('.tb-results .tb-status'), 'over budget').toHaveText(/Does not fit/);
	const session = page.locator('.tb').getByLabel('Session length');
	await session.fill('0');
	await expect(page.locator('.tb [role="alert"]'), 'error state').toHaveText('Must be at least 1.');
	const status = page.locator('.tb-overview .wr-copy [role="status"]');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(status, 'copied state').toHaveText('Copied');
	for (const theme of ['light', 'dark'] as const) {
		await setTheme(page, theme);
		await expectNoAxeViolations(page, `time budget, ${theme}: error, over budget, copied`);
		// 1.4.11: the overrun shading against the page.
		const { fill, opacity, bg } = await page.locator('.tb-seg-over').evaluate((el) => ({
			fill: getComputedStyle(el).fill,
			opacity: Number(getComputedStyle(el).opacity),
			bg: getComputedStyle(document.body).backgroundColor,
		}));
		expect(contrast(fill, bg, opacity), `overrun fill against the page, ${theme}`).toBeGreaterThanOrEqual(3);
	}

	// Lesser problem 12: the confirmation clears itself, and a second copy is announced again.
	await expect(status, 'cleared after a few seconds').toHaveText('', { timeout: 5_000 });
	const read = await watchLiveRegions(page);
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(status).toHaveText('Copied');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await page.waitForTimeout(500);
	const said = (await read()).filter((c) => c.text === 'Copied');
	expect(said.length, 'each click says "Copied" anew').toBeGreaterThanOrEqual(2);
});

test('the plan page: one live region per tool, none for the prep link, errors on leaving a field, no grey placeholders in fields, inert preview, axe in both themes', async ({
	page,
	context,
}) => {
	test.setTimeout(90_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	// Opened from a link with a title, so axe also sees the plan as a link fills it in.
	await openTool(page, '/plan/?title=Axe%20check');
	const details = page.locator('.plan-details');

	expectOneSettledRegion(await liveChangesAfterKey(page, page.getByLabel('Attendees', { exact: true }), '0'), 'attendees');
	expectOneSettledRegion(await liveChangesAfterKey(page, page.locator('.tb').getByLabel('Epochs per run'), '1'), 'epochs');
	const title = await liveChangesAfterKey(page, details.getByLabel('Workshop title'), 'x', 1000);
	expect(regions(title), 'the prep link is not re-read on each character').toEqual([]);

	// Lesser problem 6: "2" in Date is not an error yet; leaving the field makes it one.
	const date = details.getByLabel('Date');
	// When the field turns invalid, in ms after the typed character arrives: timed in the page, so a slow
	// test machine cannot make a timely error look early (or an early one look timely).
	await date.evaluate((el) => {
		const w = window as unknown as { invalidAt: number | null; dateKeyAt: number };
		w.invalidAt = null;
		let keyAt = 0;
		el.addEventListener('input', () => (w.dateKeyAt = keyAt = performance.now()), { once: true, capture: true });
		new MutationObserver(() => {
			if (keyAt && el.getAttribute('aria-invalid') === 'true' && w.invalidAt === null) w.invalidAt = performance.now() - keyAt;
		}).observe(el, { attributes: true, attributeFilter: ['aria-invalid'] });
	});
	// Any alert waits for the typing pause, timed in the page from the typed character, so a slow
	// machine that lets the pause's message into the window does not look like an alert on the key.
	const typed = await liveChangesAfterKey(page, date, '2', 300);
	const sinceKey = await page.evaluate(() => {
		const w = window as unknown as { liveStart: number; dateKeyAt: number };
		return w.dateKeyAt - w.liveStart;
	});
	for (const c of typed) expect(c.at - sinceKey, `no alert on the first keystroke ("${c.text}")`).toBeGreaterThan(450);
	const invalidAt = await page.evaluate(() => (window as unknown as { invalidAt: number | null }).invalidAt);
	expect(invalidAt === null || invalidAt > 450, `"2" is not an error until typing pauses (invalid after ${invalidAt} ms)`).toBe(true);
	await date.press('Tab');
	await expect(date, 'invalid once left').toHaveAttribute('aria-invalid', 'true', { timeout: 300 });
	await expect(details.getByRole('alert')).toHaveText(/date/i);

	// 2.1.1/2.4.3: the preview is a picture of the prep page, not 39 more tab stops.
	await expect(page.locator('iframe.prep-link-preview')).toHaveAttribute('inert', '');
	await page.locator('.prep-link').getByRole('button', { name: /copy/i }).click();
	await expect(page.locator('.prep-link-actions [role="status"]'), 'copied state').toHaveText('Copied');

	for (const theme of ['light', 'dark'] as const) {
		await setTheme(page, theme);
		// Issue 16: no field holds a grey default or example (they are said in the hints, since grey
		// text in a field looks filled in); the header's search box keeps its placeholder at 4.5:1 (1.4.3).
		await expect(page.locator('main input[placeholder]:not([placeholder=""])'), 'no placeholder in the plan’s fields').toHaveCount(0);
		const pairs = await page.locator('input[placeholder]:not([placeholder=""])').evaluateAll((inputs) =>
			inputs.map((input) => {
				const placeholder = getComputedStyle(input, '::placeholder');
				return {
					name: input.id,
					color: placeholder.color,
					opacity: Number(placeholder.opacity),
					bg: getComputedStyle(input).backgroundColor,
				};
			}),
		);
		expect(pairs.length, 'the search box’s placeholder to check').toBeGreaterThan(0);
		for (const p of pairs) expect(contrast(p.color, p.bg, p.opacity), `placeholder of ${p.name}, ${theme}`).toBeGreaterThanOrEqual(4.5);
		await expectNoAxeViolations(page, `plan, ${theme}: date error, copied`);
	}
});

test('the cost tool: one debounced live region, link limits named, card labels read once', async ({ page }) => {
	await page.setViewportSize({ width: 400, height: 800 });
	await openTool(page, '/tools/cost/?months=99');
	await expect(page.locator('.wr-notice[role="status"] li'), 'the limit is named').toHaveText(/months .*\(Must be at most 24\);.*99/);
	expectOneSettledRegion(await liveChangesAfterKey(page, page.getByLabel('Attendees'), '0'), 'attendees');
	// The card layout's column labels carry empty alternative text, so the header is not read twice.
	const content = await page
		.locator('.wr-card-table td[data-label]')
		.first()
		.evaluate((td) => getComputedStyle(td, '::before').content);
	expect(content, 'label drawn with empty alternative text').toMatch(/^".+" \/ ""$/);
});

test('/setup/ tab panels are reachable by Tab', async ({ page }) => {
	await openTool(page, '/setup/');
	const panels = page.locator('[role="tabpanel"]');
	// The panels take their tab roles in the render after mount, which can come after hydration ends.
	await expect.poll(() => panels.count(), 'platform and OS panels').toBeGreaterThan(1);
	for (const panel of await panels.all()) await expect(panel).toHaveAttribute('tabindex', '0');
});

test('focus is never hidden under the sticky summary, even with text spacing; the bar scrolls away on a phone', async ({ page }) => {
	test.setTimeout(60_000);
	await openTool(page, '/tools/time-budget/');
	await applyTextSpacing(page);
	const bar = page.locator('.tb-summary');
	await expect(bar).toHaveCSS('position', 'sticky');
	const hidden: string[] = [];
	// The bar only reports; the walk starts at the first field below it.
	await page.locator('main').getByRole('textbox').first().focus();
	for (let i = 0; i < 60; i += 1) {
		await page.keyboard.press('Tab');
		const found = await page.evaluate(() => {
			const focused = document.activeElement as HTMLElement | null;
			const summary = document.querySelector('.tb-summary');
			if (!focused || !summary || summary.contains(focused) || focused === document.body) return '';
			const r = focused.getBoundingClientRect();
			const s = summary.getBoundingClientRect();
			const overlaps = r.top < s.bottom - 1 && r.bottom > s.top + 1 && r.left < s.right && r.right > s.left;
			return overlaps ? `${focused.tagName} ${focused.textContent?.trim().slice(0, 30) || focused.id}` : '';
		});
		if (found) hidden.push(found);
	}
	expect(hidden, 'focused elements under the bar').toEqual([]);
	await page.setViewportSize({ width: 320, height: 640 });
	await expect(bar, 'not sticky on a phone').toHaveCSS('position', 'static');
});

test('English titles on Chinese pages are marked lang="en"', async ({ page }) => {
	await page.goto('/zh-cn/tools/time-budget/');
	await expect(page.locator('.tb-cite [lang="en"]')).toHaveText('CoCalc vs Colab — which is better for a hands-on workshop?');
	await expect(page.locator('.site-footer a[lang="en"]')).toHaveText(/CoCalc vs Colab/);
	await page.goto('/zh-cn/guide/overview/');
	const titles = await page
		.locator('.sources a')
		.evaluateAll((links) => links.map((a) => ({ text: a.textContent ?? '', lang: a.getAttribute('lang') })));
	expect(titles.filter((t) => t.lang === 'en').length, 'English source titles').toBeGreaterThan(0);
	for (const t of titles) expect(t.lang, t.text).toBe(/\p{Script=Han}/u.test(t.text) ? null : 'en');
});
