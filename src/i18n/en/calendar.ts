/** "Add to calendar" on `/prep/` and `/plan/`, and the optional start time of the workshop (English). */
export default {
	addToCalendar: 'Add to calendar',
	addHint: 'Downloads a calendar file (.ics) with the prep link and a reminder the day before.',
	/** File name stem of the download, before `-YYYY-MM-DD.ics`. */
	fileName: 'workshop',
	/** Event title when the link has none. */
	defaultSummary: 'Hands-on workshop',
	descriptionLink: 'Prep link: {link}',
	descriptionTodo: 'Before the day: open the prep link and finish every step on it, so the workshop starts with the exercises.',
	alarm: 'Finish the workshop prep steps (link in the event)',
	/** After the date on the prep page when the link has a start time. */
	afterDate: ', {time}',
	/** A start time with its zone. */
	zoned: '{time} ({tz})',
	timeLabel: 'Start time',
	timeHint:
		'Optional, and used only with a date: HH:MM on a 24-hour clock, for example 09:30. With it the calendar file holds a timed event (3 hours by default, or the session length set here); without it, an all-day event.',
	timeInvalid: 'Enter a time as HH:MM, for example 09:30.',
	tzLabel: 'Time zone',
	tzHint:
		'Optional, and used only with a start time: the IANA name of its zone, for example Europe/Berlin or Asia/Shanghai. Without it, each attendee’s calendar reads the time as local time.',
	tzInvalid: 'Enter a time-zone name such as Europe/Berlin.',
} as const;
