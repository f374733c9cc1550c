/** The note on a page the service worker serves from its offline copy (English). */
export default {
	note: 'No network: this is the copy of the page saved on this device. It may be older than the online page.',
} as const;
