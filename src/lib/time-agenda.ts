/**
 * The non-training part of a session as an editable agenda. Its total is what a link's
 * `overhead` carries; item names are not in links, so a link restores only the total.
 */
import type { NumberSpec } from './query';
import { OVERHEAD_SPEC } from './time-budget';

/** Which dictionary text names an item until the user renames it. */
export type AgendaKey = 'welcome' | 'walkthrough' | 'breaks' | 'wrapUp' | 'fromLink' | 'custom';

/** One agenda item. `label` is null until the user types a name (then even '' is theirs). */
export interface AgendaItem {
	id: number;
	key: AgendaKey;
	label: string | null;
	minutes: number;
}

const item = (id: number, key: AgendaKey, minutes: number): AgendaItem => ({ id, key, label: null, minutes });

/** Welcome and environment check, notebook walkthrough, breaks, wrap-up: 60 min in all. */
export const DEFAULT_AGENDA: readonly AgendaItem[] = [
	item(1, 'welcome', 15),
	item(2, 'walkthrough', 20),
	item(3, 'breaks', 15),
	item(4, 'wrapUp', 10),
];

/** Minutes in all, summed in tenths so 0.1 + 0.2 is 0.3 and the URL never shows float noise. */
export function agendaTotal(items: readonly AgendaItem[]): number {
	return items.reduce((tenths, i) => tenths + Math.round(i.minutes * 10), 0) / 10;
}

/**
 * The agenda a link's `overhead` stands for. When it equals the default agenda's total the
 * default items are kept (the common case, and more useful than one lump); any other total
 * becomes a single "from link" item rather than a guess at how to split it.
 */
export function agendaFromOverhead(minutes: number): AgendaItem[] {
	if (minutes === agendaTotal(DEFAULT_AGENDA)) return [...DEFAULT_AGENDA];
	return [item(1, 'fromLink', minutes)];
}

/** Minutes still allowed, in tenths, never negative. */
const room = (items: readonly AgendaItem[]) => Math.max(0, Math.round((OVERHEAD_SPEC.max - agendaTotal(items)) * 10) / 10);

/** The limits of one item: together the items may not exceed what `overhead` accepts. */
export function agendaItemSpec(items: readonly AgendaItem[], id: number): NumberSpec {
	return { ...OVERHEAD_SPEC, max: room(items.filter((i) => i.id !== id)) };
}

/** A new custom item of 10 min, or less when the agenda is nearly a whole day. */
export function newAgendaItem(items: readonly AgendaItem[]): AgendaItem {
	const id = items.reduce((max, i) => Math.max(max, i.id), 0) + 1;
	return item(id, 'custom', Math.min(10, room(items)));
}
