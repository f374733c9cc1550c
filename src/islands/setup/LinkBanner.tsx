/** "Commands customised by this link: repo owner/name · Reset", while link values are in use. */
import { useStore } from '@nanostores/preact';
import { fill } from '~/i18n';
import { parseRepoUrl } from '~/lib/repo';
import { $linkDetails, resetLinkDetails } from '~/stores/setup';
import type { SetupLabels } from './labels';

/** The banner; nothing when the link did not change any command. */
export function LinkBanner({ labels }: { labels: SetupLabels }) {
	const link = useStore($linkDetails);
	const repo = link.repo ? parseRepoUrl(link.repo) : undefined;
	const items = [
		repo?.ok &&
			fill(labels.bannerRepo, {
				value: `${repo.value.owner}/${repo.value.name}`,
			}),
		link.branch && fill(labels.bannerBranch, { value: link.branch }),
		link.folder && fill(labels.bannerFolder, { value: link.folder }),
		link.notebook && fill(labels.bannerNotebook, { value: link.notebook }),
	].filter(Boolean);
	if (items.length === 0) return null;
	return (
		<p class="wr-banner" role="status">
			{labels.bannerText} {items.join(labels.listSeparator)} ·{' '}
			<button type="button" onClick={resetLinkDetails} aria-label={labels.bannerResetAria}>
				{labels.bannerReset}
			</button>
		</p>
	);
}
