/**
 * "Add to calendar": on click, builds the `.ics` file of the prep link in the browser and
 * downloads it. Rendered only when the plan has a date.
 */
import { useId } from 'preact/hooks';
import type { Dictionary } from '~/i18n';
import { prepCalendar } from '~/lib/prep-calendar';
import type { LinkDetails } from '~/lib/prep-link';

interface Props {
	/** The validated link details; without a date nothing is rendered. */
	details: LinkDetails;
	/** The prep link without origin (base and locale included); the origin is added on click. */
	path: string;
	/** Length of a timed event. */
	minutes: number;
	labels: Dictionary['calendar'];
}

/** Saves `text` as a file named `name` (a transient object URL, never in the page's links). */
function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A button that downloads the workshop as a calendar event. */
export function CalendarButton({ details, path, minutes, labels }: Props) {
	const hint = useId();
	const { date } = details;
	if (!date) return null;
	const save = () => {
		const file = prepCalendar({ ...details, date }, `${window.location.origin}${path}`, labels, minutes, new Date());
		download(file.name, file.text, 'text/calendar;charset=utf-8');
	};
	return (
		<span class="wr-calendar">
			<button type="button" class="wr-calendar-button" onClick={save} aria-describedby={hint}>
				{labels.addToCalendar}
			</button>{' '}
			<span id={hint} class="wr-muted">
				{labels.addHint}
			</span>
		</span>
	);
}
