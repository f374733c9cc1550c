/** Layout, navigation and shared UI strings (English). */
export default {
	siteName: 'Workshop Ready',
	skipToContent: 'Skip to content',
	navLabel: 'Main',
	navGuide: 'Guide',
	navCompare: 'Compare',
	navTools: 'Tools',
	navSetup: 'Setup',
	navPlan: 'Plan',
	menuLabel: 'Menu',
	/** The theme menu: its label and three choices; "system" follows the device setting. */
	themeLabel: 'Theme',
	themeSystem: 'System',
	themeLight: 'Light',
	themeDark: 'Dark',
	searchLabel: 'Search the site',
	searchButton: 'Search',
	footerSources: 'Every price and limit on this site names its source and the date it was read.',
	footerArticle: 'The guide is derived from the 2020 article',
	footerLicence: 'Text and code licensed under the MIT licence.',
	languageLabel: 'Language',
	notFoundTitle: 'Page not found',
	notFoundBody: 'There is no page at this address. It may have moved.',
	notFoundHome: 'Go to the home page',
	notFoundGuide: 'Browse the guide',
	sourceLabel: 'source',
	asOfLabel: 'as of {date}',
	/** A source link's accessible name: what the link is the source of (its visible text stays short). */
	sourceFor: 'Source for {what}, read {date}',
	uncertainLabel: 'unconfirmed',
	/** Between items of a run-on list, e.g. inside “[source, as of …]”. */
	listSeparator: ', ',
	/** Between a label and its value (“Colab: $0.00”). */
	labelSeparator: ': ',
	/** A remark after a value (“$14.00 (edited)”); the leading space is part of it. */
	parenthetical: ' ({text})',
} as const;
