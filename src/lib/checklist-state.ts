/**
 * Checklist progress as stored in localStorage. One key per workshop (a hash of the validated
 * repo and branch, so no link text is ever written out), holding the done step ids per
 * platform. Whatever storage returns is validated: corrupted or foreign JSON reads as empty.
 *
 * Stored shape (JSON): { "<platformId>": ["<stepId>", …], … }
 */
import { fnv1a as hash } from './hash';
import { PLATFORM_IDS, type PlatformId } from './platform-ids';

/** Done step ids per platform. */
export type ChecklistState = Partial<Record<PlatformId, string[]>>;

const STEP_ID = /^[a-z0-9-]{1,64}$/;
/** More ids than any platform has steps: a bigger list is not ours. */
const MAX_IDS = 64;

/** Which list: the attendees' setup steps, or the instructor's day-before checks. */
export type ChecklistKind = 'checklist' | 'day-before';

/** The storage key of a workshop's checklist, from its validated repo URL and effective branch. */
export function checklistKey(repoUrl: string, branch: string, kind: ChecklistKind = 'checklist'): string {
	return `wr:${kind}:${hash(`${repoUrl}#${branch}`)}`;
}

/** Parses stored JSON; anything malformed reads as no progress, unknown entries are dropped. */
export function parseChecklist(stored: string | null): ChecklistState {
	if (!stored || stored.length > 20_000) return {};
	let data: unknown;
	try {
		data = JSON.parse(stored);
	} catch {
		return {};
	}
	if (typeof data !== 'object' || data === null || Array.isArray(data)) return {};
	const state: ChecklistState = {};
	for (const id of PLATFORM_IDS) {
		const ids: unknown = (data as Record<string, unknown>)[id];
		if (!Array.isArray(ids)) continue;
		const valid = ids.filter((s): s is string => typeof s === 'string' && STEP_ID.test(s)).slice(0, MAX_IDS);
		if (valid.length > 0) state[id] = [...new Set(valid)];
	}
	return state;
}

/** The state with one step of one platform marked done or not done. */
export function toggleStep(state: ChecklistState, platform: PlatformId, stepId: string, done: boolean): ChecklistState {
	const ids = (state[platform] ?? []).filter((s) => s !== stepId);
	return { ...state, [platform]: done ? [...ids, stepId] : ids };
}

/** The state with one platform's progress cleared. */
export function resetPlatform(state: ChecklistState, platform: PlatformId): ChecklistState {
	const next = { ...state };
	delete next[platform];
	return next;
}
