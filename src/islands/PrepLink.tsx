/**
 * The prep link the plan produces: the URL as text, a copy button, a QR code for the opening
 * slide and a live preview of the prep page. Rebuilt from the validated plan on every change.
 */
import { gapBetween } from '~/lib/fill';
import { prepLinkOf } from '~/stores/prep-link';
import { siteLink } from '~/stores/url-sync';
import { useStore } from './shared/useStore';
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useMounted } from './shared/hydration';
import type { LinkKey } from '~/lib/prep-link';
import { QrCode } from './shared/QrCode';
import { useLazyQr } from './shared/useLazyQr';
import { $invalidFields, fieldId } from '~/stores/invalid-fields';
import { $workshop, DEFAULT_PLAN, LINK_FIELDS, linkDetailsOf } from '~/stores/workshop';
import { CalendarButton } from './shared/CalendarButton';
import { CopyButton } from './shared/CopyButton';
import type { Dictionary } from '~/i18n';
import type { PlatformId } from '~/lib/platform-ids';
import type { RepoStopper } from '~/lib/setup-steps';
import { $setupParts } from '~/stores/setup';

interface Props {
	labels: Dictionary['plan'];
	calendar: Dictionary['calendar'];
	copied: string;
	copyFailed: string;
	/** The prep page's path, base and locale included. */
	prepPath: string;
	/** Each detail field's label, to name the ones that hold refused text (not the platform, a choice, nor the session, the time budget's number field). */
	fieldLabels: Record<Exclude<LinkKey, 'platform' | 'session'>, string>;
	listSeparator: string;
	/** Per platform, the hosts whose repositories it cannot take (`repoStoppers`). */
	stoppers: Partial<Record<PlatformId, RepoStopper[]>>;
}

/** Link, copy, QR and preview of the attendees' prep page. */
export function PrepLink({ labels, calendar, copied, copyFailed, prepPath, fieldLabels, listSeparator, stoppers }: Props) {
	const stored = useStore($workshop, { keys: [...LINK_FIELDS, 'sessionMinutes'] });
	const invalid = useStore($invalidFields).filter((k): k is keyof typeof fieldLabels => k in fieldLabels);
	// The absolute URL needs the page's origin, known only in the browser: the server renders the path.
	const mounted = useMounted();
	// Hydrate with what the server rendered (the default plan), then follow the store: if the details
	// island read the link first, hydration would keep the server's src/href/d attributes unpatched.
	const plan = mounted ? stored : DEFAULT_PLAN;
	// A platform that cannot take the plan's repository (Codespaces off GitHub): said before the link goes out.
	const { repo } = useStore($setupParts);
	const stopper = mounted ? stoppers[plan.platform]?.find((s) => s.hosts.includes(repo.host)) : undefined;
	const details = linkDetailsOf(plan);
	const path = prepLinkOf(plan, prepPath);
	const link = mounted ? siteLink(path) : path;
	const qrBox = useRef<HTMLDivElement>(null);
	const { encode } = useLazyQr(qrBox);
	const qr = encode?.(link);
	// Reloading the preview on every keystroke would be wasteful: follow the link once typing pauses.
	const [previewPath, setPreviewPath] = useState(path);
	useEffect(() => {
		const timer = setTimeout(() => setPreviewPath(path), 700);
		return () => clearTimeout(timer);
	}, [path]);
	return (
		<div class="prep-link" data-incomplete={invalid.length > 0 || stopper ? '' : undefined}>
			<p>{labels.linkIntro}</p>
			{stopper && (
				<div class="wr-notice" role="status">
					<strong>{stopper.title}</strong> {labels.linkStopped}
				</div>
			)}
			{invalid.length > 0 && (
				<div class="wr-notice" role="status">
					<strong>{labels.linkIncomplete}</strong> {labels.linkIncompleteFields}
					{gapBetween(labels.linkIncompleteFields, fieldLabels[invalid[0]!])}
					{invalid.map((key, i) => (
						<Fragment key={key}>
							{i > 0 && listSeparator}
							{/* The fragment scrolls to the field; focusing it too puts the cursor where the fix goes. */}
							<a href={`#${fieldId(key)}`} onClick={() => document.getElementById(fieldId(key))?.focus()}>
								{fieldLabels[key]}
							</a>
						</Fragment>
					))}
				</div>
			)}
			<p>
				<span class="wr-field-hint">
					{labels.linkLabel}
					{invalid.length > 0 && ` (${labels.linkIncomplete})`}
				</span>
				<br />
				{/* Plain text, not a live region: the whole URL must not be re-read on every character typed. */}
				<code class="prep-link-url">{link}</code>
			</p>
			<p class="prep-link-actions">
				<CopyButton text={link} label={labels.copyLink} copiedLabel={copied} failedLabel={copyFailed} />
				<a class="wr-button" href={path}>
					{labels.openLink}
				</a>
			</p>
			{plan.date && (
				<p>
					<CalendarButton details={details} path={path} labels={calendar} />
				</p>
			)}
			{/* Holds the QR code's place until its encoder has loaded (shared/useLazyQr.ts). */}
			<div class="prep-link-qr-box" ref={qrBox}>
				{!encode ? null : qr ? (
					<QrCode qr={qr} label={labels.qrLabel} class="prep-link-qr" />
				) : (
					<p class="prep-link-no-qr">{labels.qrTooLong}</p>
				)}
			</div>
			{/*
			 * Inert: a picture of the attendees' page, not part of this one. Its header, navigation,
			 * search and footer would otherwise repeat this page's landmarks and tab stops; the
			 * real page is one link above.
			 */}
			<figure class="prep-link-figure">
				<figcaption>{labels.previewCaption}</figcaption>
				<iframe class="prep-link-preview" title={labels.previewTitle} src={previewPath} loading="lazy" inert />
			</figure>
		</div>
	);
}
