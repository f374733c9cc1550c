/**
 * The non-training part of a session as an editable agenda. A link carries it whole in
 * `agenda` (names and minutes, below) and its total in `overhead`, which older links carry alone.
 */
import { stripInvisible } from './clipboard';
import { graphemes } from './intl';
import { parseNumber, type NumberSpec, type Parsed } from './query';
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

/*
 * `agenda=<item>,<item>,…` keeps the agenda itself in a link: each item is `<name>:<minutes>`
 * (the last `:` splits), e.g. `agenda=Welcome:15,Q%26A:25`. Inside a name, `%`, `,` and `:`
 * are written `%25`, `%2C` and `%3A`. An item still called by its default name is written
 * `~<kind>` (`~welcome:15`), so each reader sees that name in their own language.
 */

/** Most items a link may carry, and the longest name (the editor's limit). */
const AGENDA_MAX_ITEMS = 50;
export const AGENDA_MAX_NAME = 80;

const KINDS: readonly AgendaKey[] = ['welcome', 'walkthrough', 'breaks', 'wrapUp', 'fromLink', 'custom'];
const escapeName = (name: string) => name.replace(/[%,:~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const unescapeName = (text: string) => text.replace(/%(25|2C|3A|7E)/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));

/** A name as the site keeps it, typed or from a link: no invisible or bidi-control characters, as a title. */
const cleanAgendaName = (text: string) => stripInvisible(text);

/**
 * A name typed into the editor, cleaned and cut to the longest a link carries (`AGENDA_MAX_NAME`
 * characters, as a reader counts them). A name already that long (`previous`) stays as it was:
 * a character typed into its middle is refused, rather than pushing its last one out.
 */
export function clipAgendaName(text: string, previous = ''): string {
	const clean = cleanAgendaName(text);
	const chars = graphemes(clean);
	if (chars.length <= AGENDA_MAX_NAME) return clean;
	return graphemes(previous).length >= AGENDA_MAX_NAME ? previous : chars.slice(0, AGENDA_MAX_NAME).join('');
}

/** The agenda as the `agenda` value. */
export function formatAgenda(items: readonly AgendaItem[]): string {
	return items.map((i) => `${i.label === null ? `~${i.key}` : escapeName(i.label)}:${i.minutes}`).join(',');
}

/** Whether the agenda is the default one (names and minutes), which a link need not carry. */
export function isDefaultAgenda(items: readonly AgendaItem[]): boolean {
	return formatAgenda(items) === formatAgenda(DEFAULT_AGENDA);
}

/**
 * Parses an `agenda` value: every item must have a name of at most 80 characters (may be
 * empty; invisible and bidi-control characters removed, as from a title) and minutes as `overhead` accepts them, and the total may not exceed a day. Anything
 * else refuses the whole value (a partial agenda would misstate the session).
 */
export function parseAgenda(raw: string): Parsed<AgendaItem[]> {
	if (raw.trim() === '') return { ok: false, reason: 'empty' };
	if (raw.length > AGENDA_MAX_ITEMS * (AGENDA_MAX_NAME * 3 + 8)) return { ok: false, reason: 'too-large' };
	const parts = raw.split(',');
	if (parts.length > AGENDA_MAX_ITEMS) return { ok: false, reason: 'too-large' };
	const items: AgendaItem[] = [];
	for (const [n, part] of parts.entries()) {
		const colon = part.lastIndexOf(':');
		if (colon < 0) return { ok: false, reason: 'rejected' };
		const minutes = parseNumber(part.slice(colon + 1), OVERHEAD_SPEC);
		if (!minutes.ok) return minutes;
		const name = part.slice(0, colon).trim();
		const kind = name.startsWith('~') ? KINDS.find((k) => `~${k}` === name) : undefined;
		if (name.startsWith('~') && !kind) return { ok: false, reason: 'rejected' };
		const label = kind ? null : cleanAgendaName(unescapeName(name));
		if (label !== null && graphemes(label).length > AGENDA_MAX_NAME) return { ok: false, reason: 'too-large' };
		items.push({ id: n + 1, key: kind ?? 'custom', label, minutes: minutes.value });
	}
	if (agendaTotal(items) > OVERHEAD_SPEC.max) return { ok: false, reason: 'too-large' };
	return { ok: true, value: items };
}
