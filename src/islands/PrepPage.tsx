/**
 * The attendee prep page: title and date from the link (as text only), then for the chosen
 * platform what to bring, the steps with their checklist, the setup check and where to look
 * when something goes wrong. Server-rendered with every platform (no JS: all visible).
 */
import { chosenPlatform, DEFAULT_PLATFORM } from '~/lib/platform-ids';
import { withCellProgram, type CellProgram, type QuickData } from '~/lib/setup-cell';
import { notebookIntro, prepLinkOf } from '~/stores/prep-link';
import { siteLink } from '~/stores/url-sync';
import { useStore } from './shared/useStore';
import { buildLinkQuery, formatPrepDate, PREP_KEYS, SETUP_KEYS } from '~/lib/prep-link';
import type { SetupPlatform } from '~/lib/setup-steps';
import { platformUses } from '~/lib/commands';
import type { Dictionary } from '~/i18n';
import { fill, gapBetween } from '~/lib/fill';
import { $setupParts } from '~/stores/setup';
import { $workshop, LINK_FIELDS, linkDetailsOf } from '~/stores/workshop';
import { CalendarButton } from './shared/CalendarButton';
import { ParamNotices } from './shared/ParamNotices';
import { QrCode } from './shared/QrCode';
import { useLazyQr } from './shared/useLazyQr';
import { IN_BROWSER, KEEP_SERVER_HTML } from './shared/live-panels';
import { LinkBanner } from './setup/LinkBanner';
import { LinkPending } from './setup/LinkPending';
import { NotebookDownload } from './setup/NotebookDownload';
import { PlatformSteps } from './setup/PlatformSteps';
import type { SetupLabels } from './setup/labels';
import { useSetupPage } from './setup/useSetupPage';

interface Props {
	platforms: SetupPlatform<QuickData>[];
	/** The quick-setup cells' shared Python, sent once (see `withCellProgram`). */
	program: CellProgram;
	labels: SetupLabels;
	prep: Dictionary['prep'];
	/** Troubleshooting links per platform id (guide anchors). */
	trouble: Record<string, { href: string; label: string }[]>;
	setupPath: string;
	/** This page's path (base and locale included), for the calendar file's link. */
	prepPath: string;
	calendar: Dictionary['calendar'];
	localeTag: string;
}

/** Everything below the page intro of `/prep/`. */
export default function PrepPage({ platforms: sent, program, labels, prep, trouble, setupPath, prepPath, calendar, localeTag }: Props) {
	// Cheap (a spread per platform), and no child keeps an identity across renders.
	const platforms = withCellProgram(sent, program);
	const { hydrated, notices } = useSetupPage(
		PREP_KEYS,
		platforms.map((p) => p.id),
	);
	const plan = useStore($workshop, { keys: [...LINK_FIELDS, 'sessionMinutes'] });
	const selected = chosenPlatform(platforms, plan.platform)?.id ?? DEFAULT_PLATFORM;
	const shown = sent.find((p) => p.id === selected);
	const usesFolder = !shown || platformUses(shown, 'folder');
	const parts = useStore($setupParts);
	const query = hydrated ? buildLinkQuery(plan, SETUP_KEYS).toString() : '';
	// This page's own link as the site builds it: the notebook's and the calendar file's.
	const details = linkDetailsOf(plan);
	const link = prepLinkOf(plan, prepPath);
	const prepLink = siteLink(link);
	const dateText = plan.date ? formatPrepDate(plan.date, localeTag) : '';
	const intro = notebookIntro(prepPath, prep.defaultHeading, localeTag);
	return (
		<div class="wr-prep" data-ready={hydrated ? '' : undefined}>
			{/* A title is the link's text, not the site's: labelled as such, never read as the page's own instruction. */}
			<h1>
				{plan.title ? (
					<>
						<span class="wr-from-link">{prep.titleFromLink}</span> <q class="wr-link-title">{plan.title}</q>
					</>
				) : (
					prep.defaultHeading
				)}
			</h1>
			{/* Always here, empty without a date: while a dated link hydrates, CSS keeps its room (see islands.css). */}
			<div class="wr-prep-when">
				{plan.date && (
					<p class="wr-prep-date">
						{prep.dateLabel}
						{gapBetween(prep.dateLabel, dateText)}
						<time dateTime={plan.date}>{dateText}</time>
						{plan.time && <StartTime time={plan.time} tz={plan.tz} labels={calendar} />}
					</p>
				)}
				{plan.date && (
					<p class="no-print">
						<CalendarButton details={details} path={link} labels={calendar} />
					</p>
				)}
			</div>
			<p class="no-js-only wr-notice">{prep.noJs}</p>
			<ParamNotices notices={notices} title={labels.noticesTitle} reasons={labels.reasons} />
			<div class="wr-prep-banner">
				<LinkBanner labels={labels} folder={usesFolder} />
			</div>
			<p>{prep.intro}</p>
			{/*
			 * Until hydration a link's platform and repository are not on the page: the server's steps
			 * are the defaults. With a query, CSS hides them behind this line, and shows them with the
			 * second line if the script never arrives (islands.css, "Before a link's values").
			 */}
			<LinkPending hydrated={hydrated} labels={labels} />
			{platforms.map((p) =>
				hydrated && p.id !== selected ? null : IN_BROWSER && p.id !== selected ? (
					// Dropped right after mount: hydration adopts its server HTML without walking it.
					<section key={p.id} id={`prep-${p.id}`} class="wr-setup-panel" data-inactive="" {...KEEP_SERVER_HTML} />
				) : (
					<section key={p.id} id={`prep-${p.id}`} class="wr-setup-panel" data-inactive={p.id === selected ? undefined : ''}>
						<h2>{fill(labels.stepsTitle, { platform: p.name })}</h2>
						<h3>{prep.bringTitle}</h3>
						<ul>
							{p.bring.map((b) => (
								<li key={b}>{b}</li>
							))}
						</ul>
						{p.quick && <NotebookDownload platform={p.id} quick={p.quick} parts={parts} intro={intro} labels={labels} />}
						<PlatformSteps platform={p} hydrated={hydrated} labels={labels} />
						<h3>{prep.troubleTitle}</h3>
						<ul class="wr-trouble">
							{(trouble[p.id] ?? []).map((t) => (
								<li key={t.href}>
									<a href={t.href}>{t.label}</a>
									{/* On paper, the whole address (known once hydrated). */}
									{hydrated && <span class="wr-print-only wr-print-inline"> ({siteLink(t.href)})</span>}
								</li>
							))}
						</ul>
					</section>
				),
			)}
			{hydrated && <PrintLink prep={prep} href={prepLink} />}
			<p class="no-print">
				<a href={query ? `${setupPath}?${query}` : setupPath}>{prep.otherPlatforms}</a>
			</p>
		</div>
	);
}

/** ", 09:30 (Europe/Berlin)" after the date: the start time as the link gives it. */
function StartTime({ time, tz, labels }: { time: string; tz: string; labels: Dictionary['calendar'] }) {
	return <>{fill(labels.afterDate, { time: tz ? fill(labels.zoned, { time, tz }) : time })}</>;
}

/**
 * On paper, this page's link and its QR code, to get back online from the printout: the link the
 * site builds from the validated values (`href`), never the address as typed, which may carry a
 * refused value (credentials in a repository address) or other pages' parameters. The QR
 * encoder loads only when printing is asked for (the Print button, or the browser's own print
 * through `beforeprint`), so the page's JavaScript before interaction stays within its budget.
 */
function PrintLink({ prep, href }: { prep: Dictionary['prep']; href: string }) {
	const { encode, load } = useLazyQr();
	const qr = encode?.(href);
	// The QR code is drawn before the print dialog takes its snapshot of the page.
	const print = () => void load().then(() => requestAnimationFrame(() => window.print()));
	return (
		<>
			<p class="no-print">
				<button type="button" onClick={print}>
					{prep.printButton}
				</button>
			</p>
			<div class="wr-print-only wr-prep-print-link">
				<p>
					{prep.printLink} <span>{href}</span>
				</p>
				{qr && <QrCode qr={qr} label={prep.printQrLabel} px={120} />}
			</div>
		</>
	);
}
