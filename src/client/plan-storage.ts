/**
 * The plan page's memory (lib/plan-storage.ts): a bare visit reopens the instructor's stored
 * plan, their own plan is saved after every change, a link's values never are, and "Start a
 * new plan" forgets it. From someone else's link it opens a blank plan but forgets nothing: the
 * stored plan is the instructor's own, replaced only once they change the new one. Storage that
 * throws (blocked, full) leaves the page as it was.
 */
import { PLAN_STORAGE_KEY, planMode, storedPlanQuery } from '~/lib/plan-storage';

const read = () => {
	try {
		return storedPlanQuery(localStorage.getItem(PLAN_STORAGE_KEY));
	} catch {
		return undefined;
	}
};
const write = (query: string | null) => {
	try {
		if (query === null) localStorage.removeItem(PLAN_STORAGE_KEY);
		else localStorage.setItem(PLAN_STORAGE_KEY, query);
	} catch {
		// Not kept; the URL still holds the plan.
	}
};

/** Set for one visit by "Start a new plan" on a link: open blank instead of restoring the stored plan. */
const FRESH_KEY = 'wr:plan-fresh';
const fresh = () => {
	try {
		const value = sessionStorage.getItem(FRESH_KEY);
		sessionStorage.removeItem(FRESH_KEY);
		return value !== null;
	} catch {
		return false;
	}
};

/** Set by "Start a new plan", so no pending save writes the old plan back. */
let leaving = false;
const stored = read();
let mode = planMode(location.search.slice(1), stored);
// Read (and cleared) on every load, so a flag that found nothing to skip cannot skip a later restore.
if (fresh() && mode === 'restore') mode = 'own';
if (mode === 'restore') location.replace(`${location.pathname}?${stored}${location.hash}`);
else if (mode === 'link') {
	// A link's plan is shown, not kept: the link note replaces the "kept in this browser" one.
	document.querySelector<HTMLElement>('[data-plan-from-link]')?.removeAttribute('hidden');
	document.querySelector<HTMLElement>('[data-plan-kept]')?.setAttribute('hidden', '');
} else {
	// Saved each time the tools have written a change into the address (stores/url-sync.ts).
	// PARAMS_WRITTEN of lib/params.ts, spelled out (url-sync.test.ts checks they agree): importing a
	// module the islands share would split it into a chunk of its own, one more request on every tool page.
	addEventListener('wr:params-written', () => leaving || write(location.search.slice(1) || null));
}
document.querySelector('[data-new-plan]')?.addEventListener('click', () => {
	leaving = true;
	if (mode !== 'link') write(null);
	else
		try {
			sessionStorage.setItem(FRESH_KEY, '1');
		} catch {
			// Then the bare page reopens the instructor's own plan: nothing is lost either way.
		}
	location.assign(location.pathname);
});
// Back from the new plan to this page, restored whole from the back-forward cache: it is no longer being left.
addEventListener('pageshow', (event) => {
	if (event.persisted) leaving = false;
});
