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
} as const;
