/**
 * The prep link the plan page, the prep page and their notebooks share. Apart from url-sync.ts,
 * which every tool loads: building a link pulls in the link parsers, which the tools without a
 * prep link do not need.
 */
import { buildPrepLink, formatPrepDate } from '~/lib/prep-link';
import type { NotebookText } from '~/lib/setup-notebook';
import { siteLink } from './url-sync';
import { $workshop, linkDetailsOf, type WorkshopPlan } from './workshop';

/**
 * The prep link for `plan` (path and query; `prepPath` holds base and locale): the one builder
 * behind the plan's box, the prep page, its printout, the calendar file and the notebooks.
 */
export function prepLinkOf(plan: WorkshopPlan, prepPath: string): string {
	return buildPrepLink(prepPath, linkDetailsOf(plan));
}

/**
 * A downloaded setup notebook's introduction from the shared plan, read when the download is
 * asked for: its title (or `defaultTitle`), date in words and full prep link.
 */
export function notebookIntro(prepPath: string, defaultTitle: string, localeTag: string) {
	return (): Pick<NotebookText, 'title' | 'date' | 'prepLink'> => {
		const plan = $workshop.get();
		return {
			title: plan.title || defaultTitle,
			date: plan.date ? formatPrepDate(plan.date, localeTag) : '',
			prepLink: siteLink(prepLinkOf(plan, prepPath)),
		};
	};
}
