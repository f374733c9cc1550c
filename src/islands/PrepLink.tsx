/**
 * The prep link the plan produces: the URL as text, a copy button, a QR code for the opening
 * slide and a live preview of the prep page. Rebuilt from the validated plan on every change.
 */
import { useStore } from '@nanostores/preact';
import { useEffect, useState } from 'preact/hooks';
import { buildPrepLink } from '~/lib/prep-link';
import { qrPath } from '~/lib/qr';
import { planDetails } from '~/stores/setup-url';
import { $workshop } from '~/stores/workshop';
import { CopyButton } from './shared/CopyButton';
import type { Dictionary } from '~/i18n';

interface Props {
	labels: Dictionary['plan'];
	copied: string;
	copyFailed: string;
	/** The prep page's path, base and locale included. */
	prepPath: string;
}

/** Link, copy, QR and preview of the attendees' prep page. */
export function PrepLink({ labels, copied, copyFailed, prepPath }: Props) {
	const plan = useStore($workshop);
	const path = buildPrepLink(prepPath, planDetails(plan));
	// The absolute URL needs the page's origin, known only in the browser: the server renders the path.
	const [origin, setOrigin] = useState('');
	useEffect(() => setOrigin(window.location.origin), []);
	const link = `${origin}${path}`;
	const qr = qrPath(link);
	// Reloading the preview on every keystroke would be wasteful: follow the link once typing pauses.
	const [previewPath, setPreviewPath] = useState(path);
	useEffect(() => {
		const timer = setTimeout(() => setPreviewPath(path), 700);
		return () => clearTimeout(timer);
	}, [path]);
	return (
		<div class="prep-link">
			<p>{labels.linkIntro}</p>
			<p>
				<span class="wr-field-hint">{labels.linkLabel}</span>
				<br />
				<output class="prep-link-url" aria-label={labels.linkLabel}>
					<code>{link}</code>
				</output>
			</p>
			<p class="prep-link-actions">
				<CopyButton text={link} label={labels.copyLink} copiedLabel={copied} failedLabel={copyFailed} />
				<a class="wr-button" href={path}>
					{labels.openLink}
				</a>
			</p>
			<svg class="prep-link-qr" role="img" aria-label={labels.qrLabel} viewBox={`0 0 ${qr.size} ${qr.size}`} width="220" height="220" shape-rendering="crispEdges">
				<rect width={qr.size} height={qr.size} fill="#fff" />
				<path d={qr.d} fill="#000" />
			</svg>
			<figure class="prep-link-figure">
				<figcaption>{labels.previewCaption}</figcaption>
				<iframe class="prep-link-preview" title={labels.previewTitle} src={previewPath} loading="lazy" />
			</figure>
		</div>
	);
}
