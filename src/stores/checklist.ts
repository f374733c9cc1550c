/**
 * Checklist progress of the current workshop, per platform, kept in localStorage under a
 * key derived from the validated repo and branch (see lib/checklist-state for the shape):
 * the attendees' setup steps and the instructor's day-before checks, each under its own key.
 * Reads are validated; writes that the browser refuses leave the progress in memory and
 * raise the list's `$unsaved`.
 */
import { atom, computed, onMount } from 'nanostores';
import { checklistKey, parseChecklist, resetPlatform, toggleStep, type ChecklistKind, type ChecklistState } from '~/lib/checklist-state';
import { effectiveBranch } from '~/lib/commands';
import type { PlatformId } from '~/lib/platform-ids';
import { readStorage, writeStorage } from './safe-storage';
import { $setupParts } from './setup';

/** One persisted checklist of `kind` for the current workshop. */
function checklistStore(kind: ChecklistKind) {
	const $key = computed($setupParts, (parts) => checklistKey(parts.repo.url, effectiveBranch(parts), kind));
	const $state = atom<ChecklistState>({});
	const $unsaved = atom(false);
	// Load when first watched and whenever the workshop (so the key) changes.
	onMount($state, () => $key.subscribe((key) => $state.set(parseChecklist(readStorage(key)))));
	const save = (state: ChecklistState): void => {
		$state.set(state);
		if (!writeStorage($key.get(), JSON.stringify(state))) $unsaved.set(true);
	};
	return {
		$key,
		$state,
		$unsaved,
		setDone: (platform: PlatformId, id: string, done: boolean) => save(toggleStep($state.get(), platform, id, done)),
		reset: (platform: PlatformId) => save(resetPlatform($state.get(), platform)),
	};
}

const steps = checklistStore('checklist');

/** The storage key of the current workshop's checklist. */
export const $checklistKey = steps.$key;
/** Done step ids per platform, for the current workshop. */
export const $checklist = steps.$state;
/** True once a write failed (storage blocked or full). */
export const $checklistUnsaved = steps.$unsaved;
/** Marks one step done or not done. */
export const setStepDone = steps.setDone;
/** Clears one platform's progress for this workshop. */
export const resetChecklist = steps.reset;

/** The instructor's day-before checks for the current workshop, stored like the attendees' checklist. */
export const dayBefore = checklistStore('day-before');
