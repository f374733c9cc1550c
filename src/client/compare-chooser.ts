/**
 * The comparison's platform chooser, in the browser: reads `platforms=` from the link, ticks
 * the boxes to match (the columns follow the boxes through CSS, compare.astro, so ticking works
 * without this script too), names refused ids in the page's notice, and keeps the URL in step
 * without a history entry. The link's text reaches the page only as `textContent`.
 */
import { formatPlatformsParam, parsePlatformsQuery, PLATFORMS_PARAM } from '~/lib/compare-query';
import { PLATFORM_IDS } from '~/lib/platform-ids';
import type { ParamNotice } from '~/lib/query';

const chooser = document.querySelector<HTMLElement>('.compare-chooser');
if (chooser) {
	const boxes = [...chooser.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
	const shown = () => PLATFORM_IDS.filter((id) => boxes.some((b) => b.checked && b.value === id));
	// The last column shown stays: an empty table would say nothing.
	const guardLast = () => {
		const one = shown().length === 1;
		for (const box of boxes) box.disabled = one && box.checked;
	};
	const { ids, notices } = parsePlatformsQuery(new URLSearchParams(location.search));
	for (const box of boxes) box.checked = ids.some((id) => id === box.value);
	guardLast();
	showNotices(chooser, notices);
	chooser.addEventListener('change', () => {
		guardLast();
		const params = new URLSearchParams(location.search);
		// In any capitals: a `Platforms=` the link carried (refused, with a notice) goes too.
		for (const key of [...params.keys()]) if (key.toLowerCase() === PLATFORMS_PARAM) params.delete(key);
		const value = formatPlatformsParam(shown());
		if (value !== undefined) params.set(PLATFORMS_PARAM, value);
		const query = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
	});
}

/** Fills the server-rendered notice: one item per refused part, from the template of its reason and kind. */
function showNotices(root: HTMLElement, notices: ParamNotice[]): void {
	const box = root.querySelector<HTMLElement>('.wr-notice');
	const list = box?.querySelector('ul');
	if (!box || !list || notices.length === 0) return;
	for (const notice of notices) {
		const template = root.querySelector<HTMLTemplateElement>(`template[data-reason="${notice.reason}"][data-kind="${notice.kind ?? ''}"]`);
		const item = template?.content.querySelector('li')?.cloneNode(true);
		if (!(item instanceof HTMLElement)) continue;
		const value = item.querySelector('.wr-link-value');
		if (value) value.textContent = notice.value === '' ? '""' : notice.value;
		// The name as the link wrote it (`Platforms`, for a name in other capitals).
		const name = item.querySelector('code:not(.wr-link-value)');
		if (name) name.textContent = notice.param;
		list.append(item);
	}
	box.hidden = false;
}
