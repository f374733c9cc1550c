/** Units used when formatting values (English). */
export default {
	unitMinutes: '{n} min',
	unitHours: '{n} h',
	unitGB: '{n} GB',
	unitHoursWeek: '{n} h/week',
	unitHoursDay: '{n} h/day',
	unitHoursMonth: '{n} h/month',
	factor: '{n}×',
	notPublished: 'not published',
} as const;
