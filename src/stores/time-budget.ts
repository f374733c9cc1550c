/**
 * State of the time-budget estimator. Session length and platform are not here: they live
 * in the shared `$workshop` store, so the cost calculator and the summary bar agree with it.
 *
 * Shape (never persisted; a link restores it through time-budget-url.ts):
 *   $training        { mode, epochs, secondsPerEpoch, runs, plan }   the runs to time
 *   $agenda          AgendaItem[]                                    non-training time
 *   $factorOverrides { [platformId]: factor }                        factors the user typed
 *
 * The factors from content/platforms reach the estimates through `estimateStores`, a factory
 * keyed by the data, so no island writes its props into a store while rendering.
 */
import { atom, computed, map, type ReadableAtom } from 'nanostores';
import type { PlatformId } from '~/lib/platform-ids';
import { agendaFromOverhead, agendaTotal, DEFAULT_AGENDA, newAgendaItem, type AgendaItem } from '~/lib/time-agenda';
import { estimateAll, runEpochs, type PlatformFactor, type Training } from '~/lib/time-budget';
import { DEFAULT_TRAINING, TIME_PRESETS, type TimePreset } from '~/lib/time-plan';
import { $platform, $sessionMinutes } from './workshop';

/** The runs to time. */
export const $training = map<Training>({ ...DEFAULT_TRAINING });
/** The non-training part of the session, in order. */
export const $agenda = atom<readonly AgendaItem[]>(DEFAULT_AGENDA);
/** Factors the user typed (or a link carried), by platform. */
export const $factorOverrides = map<Partial<Record<PlatformId, number>>>({});
/** Minutes of non-training time: what `overhead` carries. */
export const $overheadMinutes = computed($agenda, agendaTotal);

/** One platform's estimate; null where no factor is known. */
type PlatformEstimate = ReturnType<typeof estimateAll<PlatformId>>[number];

/** The estimate stores for one set of platform factors. */
export interface EstimateStores {
	/** Every platform's estimate, in data order; null where no factor is known. */
	$estimates: ReadableAtom<PlatformEstimate[]>;
	/** The platform in use and its estimate. */
	$chosen: ReadableAtom<PlatformEstimate | undefined>;
}

const byData = new Map<string, EstimateStores>();

/** The estimates for `factors` (the platform data, in data order): one set of stores per data, shared by every island. */
export function estimateStores(factors: readonly PlatformFactor<PlatformId>[]): EstimateStores {
	const key = factors.map(({ id, factor, sessionLimitMinutes }) => `${id}:${factor}:${sessionLimitMinutes}`).join(',');
	const known = byData.get(key);
	if (known) return known;
	const data = factors.map(({ id, factor, sessionLimitMinutes }) => ({ id, factor, sessionLimitMinutes }));
	const $estimates = computed(
		[$sessionMinutes, $overheadMinutes, $training, $factorOverrides],
		(sessionMinutes, overheadMinutes, training, overrides) =>
			estimateAll(
				{ sessionMinutes, overheadMinutes, runs: runEpochs(training), secondsPerEpoch: training.secondsPerEpoch },
				data.map((p) => ({ ...p, factor: overrides[p.id] ?? p.factor })),
			),
	);
	const $chosen = computed([$estimates, $platform], (all, platform) => all.find((e) => e.id === platform));
	const stores = { $estimates, $chosen };
	byData.set(key, stores);
	return stores;
}

/** Sets one training input (already validated). */
export function setTraining<K extends keyof Training>(key: K, value: Training[K]): void {
	$training.set({ ...$training.get(), [key]: value });
}

/** Switches to plan mode with these epochs per run (already validated). */
export function setPlan(plan: readonly number[]): void {
	$training.set({ ...$training.get(), mode: 'plan', plan: [...plan] });
}

/** Applies one of the article's presets to the training inputs. */
export function applyPreset(id: TimePreset['id']): void {
	const preset = TIME_PRESETS.find((p) => p.id === id);
	if (preset) $training.set({ ...$training.get(), ...preset.training });
}

/** Overrides a platform's training-time factor (already validated); `undefined` drops the override. */
export function setFactor(id: PlatformId, factor: number | undefined): void {
	$factorOverrides.setKey(id, factor);
}

/** Replaces the agenda by the one a link's `overhead` stands for. */
export function setOverhead(minutes: number): void {
	$agenda.set(agendaFromOverhead(minutes));
}

/** Replaces the agenda by a link's `agenda`. */
export function setAgenda(items: readonly AgendaItem[]): void {
	$agenda.set(items);
}

/** Changes one agenda item's minutes or name. */
export function editAgendaItem(id: number, change: Partial<Pick<AgendaItem, 'minutes' | 'label'>>): void {
	$agenda.set($agenda.get().map((i) => (i.id === id ? { ...i, ...change } : i)));
}

/** Adds a custom agenda item at the end; returns its id (the editor focuses it). */
export function addAgendaItem(): number {
	const item = newAgendaItem($agenda.get());
	$agenda.set([...$agenda.get(), item]);
	return item.id;
}

/** Removes an agenda item. */
export function removeAgendaItem(id: number): void {
	$agenda.set($agenda.get().filter((i) => i.id !== id));
}
