/** Tools index and search page (English). */
export default {
	toolsTitle: 'Tools',
	toolsIntro: 'Calculators that read the same platform data as the guide, with links you can share.',
	searchTitle: 'Search',
	searchDescription: 'Search the Workshop Ready guide, comparison and tools.',
	searchNeedsJs: 'Search runs in your browser and needs JavaScript. The guide index lists every page.',
	searchResults: '{n} results for “{q}”',
	searchResultsOne: '1 result for “{q}”',
	searchNoResults: 'No results for “{q}”.',
	searchLoading: 'Searching…',
} as const;
