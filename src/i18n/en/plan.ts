/** The instructor's plan page (`/plan/`, English). */
export default {
	title: 'Plan a workshop',
	description:
		'Set up a hands-on workshop once: details, cost, time budget, and the prep link with a QR code to send attendees.',
	intro:
		'Fill in the workshop once. The cost calculator and the time-budget estimator below use the same details, and the prep link at the end gives attendees the steps for your platform and repository.',
	noJs: 'The plan page computes the prep link in your browser and needs JavaScript; the tools below show their defaults.',
	detailsTitle: 'Workshop details',
	titleLabel: 'Workshop title',
	titleHint: 'Shown at the top of the prep page, as plain text, up to 120 characters.',
	titleInvalid: 'Use at most 120 characters.',
	dateLabel: 'Date',
	dateHint: 'As YYYY-MM-DD, for example 2026-12-03.',
	dateInvalid: 'Enter a real date as YYYY-MM-DD.',
	platformLabel: 'Platform',
	attendeesLabel: 'Attendees',
	sessionLabel: 'Session length',
	minutes: 'min',
	costTitle: 'Cost',
	timeTitle: 'Time budget',
	linkTitle: 'Prep link for attendees',
	linkIntro: 'Send this link (or show the QR code on your opening slide). It opens the prep page with your details.',
	linkLabel: 'Prep link',
	copyLink: 'Copy prep link',
	openLink: 'Open the prep page',
	qrLabel: 'QR code of the prep link',
	previewTitle: 'Preview of the prep page',
} as const;
