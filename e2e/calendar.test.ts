/**
 * Issue 14: "Add to calendar" on the prep page and in the plan page's prep-link box downloads
 * an .ics file made in the browser; Mozilla's parser (ical.js) reads it back.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { expectNoAxeViolations, waitForHydrate } from './test-utils';

/** Clicks the button, saves the download and parses it: the file name and the event. */
async function download(page: Page, button: Locator) {
	// Pressed from the keyboard: a click's pointer can land beside the button when the box above it
	// grows between the press and the release (the plan's notices), and then nothing downloads.
	const [file] = await Promise.all([page.waitForEvent('download'), button.press('Enter')]);
	const text = await readFile((await file.path()) ?? '', 'utf8');
	expect(text, 'CRLF line endings only').not.toMatch(/[^\r]\n/);
	const vevent = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent');
	if (!vevent) throw new Error(`no VEVENT in ${text}`);
	return { name: file.suggestedFilename(), event: new ICAL.Event(vevent), url: String(vevent.getFirstPropertyValue('url')) };
}

test('the prep page downloads the workshop as a timed event with its title, zone and link', async ({ page }) => {
	const title = 'Keras night, part 2; bring a laptop';
	await page.goto(`/prep/?title=${encodeURIComponent(title)}&date=2026-12-03&time=18:30&tz=Europe/Berlin&platform=colab`);
	await waitForHydrate(page);
	await expect(page.locator('.wr-prep-date'), 'the start time beside the date').toContainText('18:30 (Europe/Berlin)');
	const { name, event, url } = await download(page, page.getByRole('button', { name: 'Add to calendar' }));
	expect(name).toBe('workshop-2026-12-03.ics');
	expect(event.summary, 'commas and semicolons survive').toBe(title);
	expect(event.startDate.toString(), '18:30 in Berlin in winter').toBe('2026-12-03T17:30:00Z');
	const link = new URL(url);
	expect(link.pathname).toBe('/prep/');
	expect(Object.fromEntries(link.searchParams), 'the prep link with the validated values').toEqual({
		title,
		date: '2026-12-03',
		time: '18:30',
		tz: 'Europe/Berlin',
	});
	expect(event.description, 'the description carries the link').toContain(url);
	await expectNoAxeViolations(page, 'prep page with a calendar button');

	await page.goto('/prep/?title=No%20date');
	await waitForHydrate(page);
	await expect(page.getByRole('button', { name: 'Add to calendar' }), 'no date, no button').toHaveCount(0);
});

test('the plan page offers the file in its prep-link box once a date is set, all-day without a time', async ({ page }) => {
	await page.goto('/plan/?title=A%2C%20B&platform=cocalc');
	await waitForHydrate(page);
	const box = page.locator('.prep-link');
	const button = box.getByRole('button', { name: 'Add to calendar' });
	await expect(button, 'no date yet').toHaveCount(0);
	const details = page.locator('.plan-details');
	await details.getByLabel('Date').fill('2026-12-31');
	await details.getByLabel('Time zone').fill('Mars/Olympus');
	await expect(details.getByLabel('Time zone'), 'an unknown zone is refused').toHaveAttribute('aria-invalid', 'true');
	// The message comes after the typing pause and moves the box below down: click once it is there.
	await expect(details.getByRole('alert'), 'and says why').toHaveText(/time-zone name/);
	const allDay = await download(page, button);
	expect(allDay.event.startDate.toString()).toBe('2026-12-31');
	expect(allDay.event.endDate.toString(), 'ends the day after, across the year').toBe('2027-01-01');
	expect(allDay.event.summary).toBe('A, B');

	await details.getByLabel('Start time').fill('09:05');
	await expect(page, 'the page URL keeps the time').toHaveURL(/time=09%3A05/);
	const timed = await download(page, button);
	expect(timed.event.startDate.toString(), 'floating local time without a zone').toBe('2026-12-31T09:05:00');
	expect(new URL(timed.url).searchParams.get('platform')).toBe('cocalc');
});

test('the session length set on the plan reaches the attendees’ calendar file through the prep link', async ({ page }) => {
	await page.goto('/plan/?date=2026-12-03&time=09:30&tz=Europe/Berlin');
	await waitForHydrate(page);
	await page.locator('.tb').getByLabel('Session length').fill('90');
	const prepLink = page.locator('.prep-link-url');
	await expect(prepLink, 'the prep link carries the length with the start time').toContainText('session=90');
	const organiser = await download(page, page.locator('.prep-link').getByRole('button', { name: 'Add to calendar' }));

	await page.goto((await prepLink.innerText()).trim());
	await waitForHydrate(page);
	const attendee = await download(page, page.getByRole('button', { name: 'Add to calendar' }));
	for (const [who, { event }] of [
		['organiser', organiser],
		['attendee', attendee],
	] as const) {
		expect(event.startDate.toString(), who).toBe('2026-12-03T08:30:00Z');
		expect(event.endDate.toString(), `${who}: 90 minutes later`).toBe('2026-12-03T10:00:00Z');
	}
	expect(attendee.event.uid, 'one event for both files').toBe(organiser.event.uid);
});

test('a refused start time or zone is named, and the notice promises no default: the event is all-day or floating instead', async ({
	page,
}) => {
	await page.goto('/prep/?date=2027-01-05&time=7:00&tz=Mars/Olympus');
	await waitForHydrate(page);
	const notices = page.locator('.wr-notice li');
	await expect(notices.filter({ hasText: 'time' }).first()).toContainText('The link’s time was not used');
	await expect(notices, 'no default to apply').not.toContainText(['the default applies']);
	const { event } = await download(page, page.getByRole('button', { name: 'Add to calendar' }));
	expect(event.startDate.isDate, 'an all-day event').toBe(true);
});
