/**
 * The phone checks of issue 15 on the loaded page: the header is at most 64 px tall at
 * 360 × 780, no heading or legend repeats the one before it, no value has two fields, and
 * nothing scrolls sideways at 320 px. Run by the one sweep over every page (e2e/quality-sweep.test.ts).
 */

/** The phone the acceptance names. */
export const PHONE = { width: 360, height: 780 };

/** The tallest header a phone may get. */
export const MAX_HEADER_PX = 64;

/**
 * What the page shows at phone sizes that breaks issue 15, one line each (none when it passes);
 * the viewport is put back afterwards.
 * @param {import('@playwright/test').Page} page
 * @param {string} path the page's path, for the messages
 * @returns {Promise<string[]>}
 */
export async function phoneProblems(page, path) {
	const before = page.viewportSize();
	await page.setViewportSize(PHONE);
	const { header, repeated, doubled } = await page.evaluate(() => {
		const text = (/** @type {Element | null | undefined} */ el) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
		const shown = (/** @type {Element} */ el) => el.checkVisibility({ visibilityProperty: true });
		const titles = [...document.querySelectorAll('main :is(h1, h2, h3, h4, h5, h6, legend)')].filter(shown).map(text);
		const repeated = titles.filter((title, i) => title !== '' && title === titles[i - 1]);
		// A value field is named by aria-labelledby, aria-label or its label (checkboxes and radios
		// are choices, not values, and legitimately share names like "Done").
		const fields = /** @type {(HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement)[]} */ (
			[...document.querySelectorAll('input, select, textarea')].filter(
				(el) => shown(el) && !(el instanceof HTMLInputElement && ['checkbox', 'radio', 'hidden', 'submit', 'button'].includes(el.type)),
			)
		);
		const names = fields.map((el) => {
			const by = el.getAttribute('aria-labelledby');
			if (by)
				return by
					.split(/\s+/)
					.map((id) => text(document.getElementById(id)))
					.join(' ');
			return el.getAttribute('aria-label')?.trim().toLowerCase() || text(el.labels?.[0]);
		});
		const doubled = names.filter((name, i) => name !== '' && names.indexOf(name) !== i);
		return { header: document.querySelector('header')?.getBoundingClientRect().height ?? Infinity, repeated, doubled };
	});
	const problems = [];
	if (header > MAX_HEADER_PX) problems.push(`${path}: header ${header} px tall`);
	if (repeated.length) problems.push(`${path}: heading or legend repeats the one before it: ${repeated.join(', ')}`);
	if (doubled.length) problems.push(`${path}: more than one field for ${doubled.join(', ')}`);
	await page.setViewportSize({ width: 320, height: 640 });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	if (overflow > 0) problems.push(`${path}: ${overflow} px of horizontal scroll at 320 px`);
	if (before) await page.setViewportSize(before);
	return problems;
}
