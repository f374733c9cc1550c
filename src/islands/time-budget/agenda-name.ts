/** Names of agenda items: what the user typed, else the dictionary's text for the item's kind. */
import type { AgendaItem, AgendaKey } from '~/lib/time-agenda';
import type { TimeLabels } from './types';

const NAME_KEY = {
	welcome: 'agendaWelcome',
	walkthrough: 'agendaWalkthrough',
	breaks: 'agendaBreaks',
	wrapUp: 'agendaWrapUp',
	fromLink: 'agendaFromLink',
	custom: 'agendaCustom',
} as const satisfies Record<AgendaKey, keyof TimeLabels>;

/** An item's name: what the user typed, else the dictionary's. */
export function agendaName(item: AgendaItem, t: TimeLabels): string {
	return item.label ?? t[NAME_KEY[item.key]];
}
