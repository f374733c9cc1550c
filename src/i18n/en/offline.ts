/** The note on a page the service worker serves from its offline copy (English). */
export default {
	note: 'No network: this is the copy of the page saved on this device. It may be older than the online page.',
	// The service worker's answer, with no network, for a page it did not save (scripts/service-worker.mjs).
	notSavedTitle: 'Offline: this page was not saved',
	notSavedHeading: 'No network, and this page was not saved',
	notSavedIntro: 'These pages open offline once they have been opened online:',
	notSavedBack: 'Back to the page you came from',
} as const;
