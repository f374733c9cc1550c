/** Props shared by the cost calculator's parts. */
import type { Dictionary } from '~/i18n';

/** Strings of the `cost` namespace used only by the pages around the island. */
type PageOnly = 'title' | 'description' | 'intro' | 'formulaTitle' | 'formula' | 'workableRule' | 'noJs' | 'guideLink';

/** The calculator's strings: its own namespace plus the source-link words and punctuation from `common`. */
export type CostLabels = Omit<Dictionary['cost'], PageOnly> &
	Pick<
		Dictionary['common'],
		'sourceLabel' | 'sourceFor' | 'asOfLabel' | 'uncertainLabel' | 'listSeparator' | 'labelSeparator' | 'parenthetical'
	>;

/** Messages for refused input and URL notices, and the copy-button words. */
export type ValidationLabels = Dictionary['validation'];
