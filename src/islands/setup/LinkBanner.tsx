/**
 * "Commands customised by this link: repository github.com/owner/name (not the site's default
 * workshop repository) · branch dev (…)", while link values are in use. Values are shown as
 * code (they come from the link); `reset` adds the button that drops them (on `/setup/` only:
 * the attendee's `/prep/` has no control that changes what the instructor chose). `folder` false
 * leaves out a Drive folder where the platform shown never uses it.
 */
import { useStore } from '../shared/useStore';
import { fill } from '~/lib/fill';
import { Fragment } from 'preact';
import { DEFAULT_BRANCH, parseRepoUrl } from '~/lib/repo';
import { resolveParts } from '~/lib/commands';
import { $linkDetails, resetLinkDetails } from '~/stores/setup';
import type { SetupLabels } from './labels';

/** The banner; nothing when the link did not change any command. */
export function LinkBanner({ labels, reset = false, folder = true }: { labels: SetupLabels; reset?: boolean; folder?: boolean }) {
	const link = useStore($linkDetails);
	const repo = link.repo ? parseRepoUrl(link.repo) : undefined;
	const parts = resolveParts({ repo: link.repo ?? '', branch: link.branch ?? '', folder: '', notebook: '' });
	const items: { label: string; value: string; note?: string }[] = [];
	if (repo?.ok)
		items.push({
			label: labels.bannerRepo,
			value: `${repo.value.host}/${repo.value.owner}/${repo.value.name}`,
			...(parts.isDefaultRepo ? {} : { note: labels.bannerRepoNotDefault }),
		});
	if (link.branch)
		items.push({
			label: labels.bannerBranch,
			value: link.branch,
			...(parts.isDefaultRepo && link.branch === DEFAULT_BRANCH ? {} : { note: labels.bannerBranchNotDefault }),
		});
	if (link.folder && folder) items.push({ label: labels.bannerFolder, value: link.folder });
	if (link.notebook) items.push({ label: labels.bannerNotebook, value: link.notebook });
	if (items.length === 0) return null;
	return (
		<p class="wr-banner" role="status">
			{/* On paper there is no link to speak of: the printout says what the words mean there. */}
			<span class="no-print">{labels.bannerText}</span>
			<span class="wr-print-only wr-print-inline">{labels.bannerTextPrint}</span>{' '}
			{items.map((item, i) => (
				<Fragment key={item.label}>
					{i > 0 && labels.listSeparator}
					{item.label} <code>{item.value}</code>
					{item.note && fill(labels.parenthetical, { text: item.note })}
				</Fragment>
			))}
			{reset && (
				<span class="no-print">
					{' · '}
					<button type="button" onClick={resetLinkDetails} aria-label={labels.bannerResetAria}>
						{labels.bannerReset}
					</button>
				</span>
			)}
		</p>
	);
}
