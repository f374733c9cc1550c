/** The agenda: named items with minutes, added and removed freely; its total is `overhead`. */
import { useStore } from '../shared/useStore';
import { useEffect, useId, useRef } from 'preact/hooks';
import { fill } from '~/lib/fill';
import { minutesMs } from '~/lib/duration';
import { agendaItemSpec, clipAgendaName } from '~/lib/time-agenda';
import { $agenda, $overheadMinutes, addAgendaItem, editAgendaItem, removeAgendaItem } from '~/stores/time-budget';
import { NumberField } from '../shared/NumberField';
import { agendaName } from './agenda-name';
import type { TimeFormat } from '~/lib/time-format';
import type { Messages, TimeLabels } from './types';

interface Props {
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
}

/** Agenda list editor. */
export function AgendaEditor({ labels: t, messages, localeTag, f }: Props) {
	const agenda = useStore($agenda);
	const total = useStore($overheadMinutes);
	const add = useRef<HTMLButtonElement>(null);
	const id = useId();
	// The item "Add an agenda item" just made: once rendered, its name field takes focus.
	const added = useRef<number | null>(null);
	useEffect(() => {
		if (added.current !== null) document.getElementById(`${id}-${added.current}`)?.focus();
		added.current = null;
	}, [agenda]);
	return (
		<fieldset class="tb-agenda">
			<legend>{t.agendaLegend}</legend>
			<ol>
				{agenda.map((item, i) => {
					const name = agendaName(item, t) || fill(t.agendaItemName, { n: i + 1 });
					return (
						<li key={item.id}>
							<label for={`${id}-${item.id}`} class="visually-hidden">
								{fill(t.agendaItemName, { n: i + 1 })}
							</label>
							<input
								id={`${id}-${item.id}`}
								type="text"
								value={agendaName(item, t)}
								onInput={(e) => {
									const input = e.currentTarget;
									const label = clipAgendaName(input.value, agendaName(item, t));
									// Refused or cut: the field shows what is kept, the caret where the typing was.
									if (label !== input.value) {
										const caret = Math.max(
											0,
											Math.min(label.length, (input.selectionStart ?? label.length) - (input.value.length - label.length)),
										);
										input.value = label;
										input.setSelectionRange(caret, caret);
									}
									editAgendaItem(item.id, { label });
								}}
							/>
							<NumberField
								label={fill(t.agendaItemMinutes, { item: name })}
								value={item.minutes}
								spec={agendaItemSpec(agenda, item.id)}
								onValid={(minutes) => editAgendaItem(item.id, { minutes })}
								messages={messages}
								localeTag={localeTag}
								suffix={t.suffixMinutes}
								hideLabel
							/>
							<button
								type="button"
								class="needs-js"
								aria-label={fill(t.agendaRemove, { item: name })}
								onClick={() => {
									removeAgendaItem(item.id);
									add.current?.focus();
								}}
							>
								{t.agendaRemoveShort}
							</button>
						</li>
					);
				})}
			</ol>
			<button
				type="button"
				class="needs-js"
				ref={add}
				onClick={() => {
					added.current = addAgendaItem();
				}}
			>
				{t.agendaAdd}
			</button>
			<p>{fill(t.agendaTotal, { total: f.min(minutesMs(total)) })}</p>
		</fieldset>
	);
}
