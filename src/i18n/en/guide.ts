/** Guide pages: sidebar, table of contents, pagination (English). */
export default {
	guideTitle: 'The guide',
	guideIntro:
		'How to choose where attendees run the notebooks of a hands-on workshop, from a 2020 CoCalc-versus-Colab comparison brought up to date.',
	sidebarLabel: 'Guide pages',
	tocLabel: 'On this page',
	previous: 'Previous',
	next: 'Next',
	updated: 'Updated {date}',
	sources: 'Sources',
	accessed: 'accessed {date}',
	/** Label of a block reporting the 2020 article; {date} is its month, formatted for the locale. */
	eraArticle: 'What the article found ({date})',
	/** Label of a block reporting current facts; {date} is the month they were checked. */
	eraToday: 'Today (as of {date})',
} as const;
