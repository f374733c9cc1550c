/**
 * An ARIA tablist (automatic activation): one tab in the tab order (roving tabindex),
 * arrow keys move and select with wrap-around, Home and End jump to the ends.
 */
import { useRef } from 'preact/hooks';

interface Props<T extends string> {
	/** Prefix of the tab ids (`<prefix>-tab-<id>`); panels are `<prefix>-panel-<id>` unless `controls` says otherwise. */
	prefix: string;
	label: string;
	items: readonly { id: T; label: string }[];
	selected: T;
	onSelect: (id: T) => void;
	/** One panel for all tabs (the OS tabs switch the content of one step list). */
	controls?: string;
	/**
	 * Plain buttons without tab roles, while the panels are not tab panels yet (server render,
	 * before hydration): a selected tab must have its tab panel.
	 */
	plain?: boolean;
}

/** Tab buttons; the caller renders the panels. */
export function Tabs<T extends string>({ prefix, label, items, selected, onSelect, controls, plain = false }: Props<T>) {
	const list = useRef<HTMLDivElement>(null);
	const onKeyDown = (event: KeyboardEvent) => {
		const index = items.findIndex((i) => i.id === selected);
		const last = items.length - 1;
		const next =
			event.key === 'ArrowRight' || event.key === 'ArrowDown'
				? index === last
					? 0
					: index + 1
				: event.key === 'ArrowLeft' || event.key === 'ArrowUp'
					? index === 0
						? last
						: index - 1
					: event.key === 'Home'
						? 0
						: event.key === 'End'
							? last
							: -1;
		const item = items[next];
		if (!item) return;
		event.preventDefault();
		onSelect(item.id);
		list.current?.querySelector<HTMLElement>(`#${prefix}-tab-${item.id}`)?.focus();
	};
	return (
		<div role={plain ? 'group' : 'tablist'} aria-label={label} class="wr-tabs no-print" ref={list} onKeyDown={onKeyDown}>
			{items.map((item) => (
				<button
					key={item.id}
					type="button"
					role={plain ? undefined : 'tab'}
					id={`${prefix}-tab-${item.id}`}
					aria-selected={plain ? undefined : item.id === selected ? 'true' : 'false'}
					aria-controls={plain ? undefined : (controls ?? `${prefix}-panel-${item.id}`)}
					tabIndex={item.id === selected ? 0 : -1}
					onClick={() => onSelect(item.id)}
				>
					{item.label}
				</button>
			))}
		</div>
	);
}
