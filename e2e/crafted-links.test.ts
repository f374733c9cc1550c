/**
 * The crafted-link corpus (test/fixtures/crafted-links.ts) against the built pages: nothing injected
 * reaches a command, the clipboard or a link, no markup is made from it, and each refused
 * parameter gets a visible notice.
 */
import { expect, test, type Page } from '@playwright/test';
import { CRAFTED_LINKS, type CraftedLink } from '../test/fixtures/crafted-links';
import { SETUP_KEYS, type LinkKey } from '../src/lib/prep-link';
import { waitForHydrate } from './test-utils';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/**
 * Both pages run the same link code (useSetupPage, the same commands); /prep/ also reads the
 * title, date, time and zone. The unit tests run every link of the corpus through that code, so
 * the browser takes a sample that still meets every kind of attack in both outcomes: the first
 * link of each kind and outcome (refused or accepted), on one page that reads it, the two pages
 * taking turns. The whole corpus in the browser cost about two minutes of the suite's wall time,
 * each kind on both pages a minute.
 */
const PAGES = [
	{ path: '/setup/', keys: SETUP_KEYS as readonly LinkKey[] },
	{ path: '/prep/', keys: ['title', 'date', 'time', 'tz', ...SETUP_KEYS] as readonly LinkKey[] },
];

/** Whether a page reads any parameter the link sets (a link that sets none shows it nothing new). */
const reads = (keys: readonly LinkKey[], link: CraftedLink) =>
	[...new URLSearchParams(link.query).keys()].some((k) => keys.includes(k as LinkKey));

/** The links each page checks: the first of each kind and outcome, given in turn to the pages that read it. */
function sample(): Map<string, CraftedLink[]> {
	const byPage = new Map(PAGES.map((p) => [p.path, [] as CraftedLink[]]));
	const seen = new Set<string>();
	let turn = 0;
	for (const link of CRAFTED_LINKS) {
		const group = `${link.kind}:${link.refused.length > 0}`;
		const readers = PAGES.filter((p) => reads(p.keys, link));
		if (seen.has(group) || readers.length === 0) continue;
		seen.add(group);
		byPage.get(readers[turn++ % readers.length]!.path)!.push(link);
	}
	return byPage;
}

/** Checks one link on a page that is reused across links (a fresh page per link costs seconds). */
async function check(page: Page, path: string, keys: readonly LinkKey[], link: CraftedLink, dialogs: () => number) {
	await page.goto(`${path}?${link.query}`);
	await waitForHydrate(page);

	for (const text of await page.locator('pre code').allTextContents())
		expect(text, 'no command carries the payload').not.toContain(link.payload);
	const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
	for (const href of hrefs) {
		expect(href, 'no link carries the payload').not.toContain(link.payload);
		expect(href, 'only web and page links').toMatch(/^(https?:\/\/|\/|#)/);
	}

	const copy = page.locator('.wr-setup-panel:visible .wr-command').first();
	await copy.getByRole('button').click();
	await expect(copy.getByRole('status'), 'copied').toHaveText('Copied');
	const clipboard = await page.evaluate(() => navigator.clipboard.readText());
	expect(clipboard, 'the clipboard holds the shown command').toBe(await copy.locator('pre code').textContent());
	expect(clipboard, 'the clipboard does not carry the payload').not.toContain(link.payload);

	const injected = await page.evaluate(() => ({
		scripts: [...document.querySelectorAll('script')].filter((s) => /alert/.test(s.textContent ?? '')).length,
		handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
		images: document.querySelectorAll('img[src="x"]').length,
	}));
	expect(injected, 'no markup made from the link').toEqual({ scripts: 0, handlers: 0, images: 0 });
	expect(dialogs(), 'nothing ran').toBe(0);

	const notice = page.locator('.wr-notice').filter({ hasText: 'not used' });
	const refused = link.refused.filter((k) => keys.includes(k));
	for (const key of refused) {
		// The parameter's name and value are shown as code beside the sentence, the value cut to 40 characters.
		const item = notice.locator('li').filter({ has: page.locator('code').getByText(key, { exact: true }) });
		await expect(item, `a notice names ${key}`).toHaveCount(1);
		const value = (await item.locator('code.wr-link-value').textContent()) ?? '';
		expect([...value].length, `the refused ${key} is shown short`).toBeLessThanOrEqual(40);
	}
	if (refused.length === 0) await expect(notice, 'no notice for accepted values').toHaveCount(0);
}

/** Links per test: enough to amortise the page, few enough to spread over workers. */
const CHUNK = 10;

const SAMPLE = sample();
for (const { path, keys } of PAGES) {
	test.describe(`crafted links on ${path}`, () => {
		const relevant = SAMPLE.get(path) ?? [];
		for (let start = 0; start < relevant.length; start += CHUNK) {
			const links = relevant.slice(start, start + CHUNK);
			test(`links ${start + 1}–${start + links.length}`, async ({ page }) => {
				// Each link is a page load, hydration, a copy and a clipboard read: a few seconds on a busy machine.
				test.setTimeout(links.length * 8_000);
				let dialogs = 0;
				page.on('dialog', (d) => {
					dialogs += 1;
					void d.dismiss();
				});
				for (const link of links) {
					await test.step(link.name, () => check(page, path, keys, link, () => dialogs));
				}
			});
		}
	});
}
