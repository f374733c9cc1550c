/**
 * Checklist progress of the current workshop, per platform, kept in localStorage under a
 * key derived from the validated repo and branch (see lib/checklist-state for the shape).
 * Reads are validated; writes that the browser refuses leave the progress in memory and
 * raise `$checklistUnsaved`.
 */
import { atom, computed, onMount } from 'nanostores';
import { checklistKey, parseChecklist, resetPlatform, toggleStep, type ChecklistState } from '~/lib/checklist-state';
import { effectiveBranch } from '~/lib/commands';
import type { PlatformId } from '~/lib/platform-ids';
import { readStorage, writeStorage } from './safe-storage';
import { $setupParts } from './setup';

/** The storage key of the current workshop's checklist. */
export const $checklistKey = computed($setupParts, (parts) => checklistKey(parts.repo.url, effectiveBranch(parts)));

/** Done step ids per platform, for the current workshop. */
export const $checklist = atom<ChecklistState>({});

/** True once a write failed (storage blocked or full). */
export const $checklistUnsaved = atom(false);

// Load when first watched and whenever the workshop (so the key) changes.
onMount($checklist, () => $checklistKey.subscribe((key) => $checklist.set(parseChecklist(readStorage(key)))));

function save(state: ChecklistState): void {
	$checklist.set(state);
	if (!writeStorage($checklistKey.get(), JSON.stringify(state))) $checklistUnsaved.set(true);
}

/** Marks one step done or not done. */
export function setStepDone(platform: PlatformId, stepId: string, done: boolean): void {
	save(toggleStep($checklist.get(), platform, stepId, done));
}

/** Clears one platform's progress for this workshop. */
export function resetChecklist(platform: PlatformId): void {
	save(resetPlatform($checklist.get(), platform));
}
