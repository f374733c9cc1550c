/** Units used when formatting values (English). */
export default {
	unitMinutes: '{n} min',
	unitHours: '{n} h',
	unitGB: '{n} GB',
	unitHoursWeek: '{n} h/week',
	unitHoursDay: '{n} h/day',
	unitHoursMonth: '{n} h/month',
	unitSeconds: '{n} s',
	unitDays: '{n} d',
	range: '{min}–{max}',
	timingAbout: 'about {value}',
	timingMoreThan: 'more than {value}',
	timingAtLeast: '{value} or more',
	factor: '{n}×',
	notPublished: 'not published',
} as const;
