/**
 * "Add to calendar": on click, builds the `.ics` file of the prep link in the browser and
 * downloads it. Rendered only when the plan has a date.
 */
import { siteLink } from '~/stores/url-sync';
import { useId } from 'preact/hooks';
import type { Dictionary } from '~/i18n';
import type { LinkDetails } from '~/lib/prep-link';
import { DEFAULT_SESSION_MINUTES } from '~/lib/workshop-params';
import { saveText } from './download';

interface Props {
	/** The validated link details (`session` the length of a timed event); without a date nothing is rendered. */
	details: LinkDetails;
	/** The prep link without origin (base and locale included); the origin is added on click. */
	path: string;
	labels: Dictionary['calendar'];
}

/** A button that downloads the workshop as a calendar event. */
export function CalendarButton({ details, path, labels }: Props) {
	const hint = useId();
	const { date, session = DEFAULT_SESSION_MINUTES } = details;
	if (!date) return null;
	// The calendar code loads on the click that needs it, so the page's first load stays in budget.
	const save = async () => {
		const { prepCalendar } = await import('~/lib/prep-calendar');
		const file = prepCalendar({ ...details, date }, siteLink(path), labels, session, new Date());
		saveText(file.name, file.text, 'text/calendar;charset=utf-8');
	};
	return (
		<span class="wr-calendar needs-js">
			<button type="button" class="wr-calendar-button" onClick={save} aria-describedby={hint}>
				{labels.addToCalendar}
			</button>{' '}
			<span id={hint} class="wr-muted">
				{labels.addHint}
			</span>
		</span>
	);
}
