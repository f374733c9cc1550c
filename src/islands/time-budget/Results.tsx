/**
 * The estimate for the platform in use: the four figures, fit status, what else fits,
 * warnings, and the tool's one live region saying the verdict as a sentence.
 */
import { useId } from 'preact/hooks';
import { fill, joinSpaced } from '~/lib/fill';
import { FIGURE_ROUNDING, MS_PER_MINUTE, type Rounding } from '~/lib/duration';
import type { Estimate } from '~/lib/time-budget';
import { Announce } from '../shared/settle';
import { Dur } from './Dur';
import { verdictText, type TimeFormat } from '~/lib/time-format';
import { PLATFORMS_ID, type PlatformInfo, type TimeLabels } from './types';
import { pluralForm } from '~/lib/intl';

interface Props {
	platform: PlatformInfo;
	factor: number | null;
	estimate: Estimate | null;
	labels: TimeLabels;
	localeTag: string;
	f: TimeFormat;
	heading: 'h2' | 'h3';
}

/**
 * One labelled figure: `minutes`, its whole-minute text (rounded by `TimeFormat` as `rounding`
 * says), then the human form rounded the same way, so the two never differ, and the exact one.
 */
function Figure({
	label,
	ms,
	minutes,
	rounding,
	precise = false,
	f,
	t,
}: {
	label: string;
	ms: number;
	minutes: string;
	rounding: Rounding;
	precise?: boolean;
	f: TimeFormat;
	t: TimeLabels;
}) {
	// Under a minute, or shown with its seconds, the figure needs no rounded human form; the exact value follows it.
	const human = precise || ms < MS_PER_MINUTE ? minutes : f.dur(ms, rounding);
	return (
		<div>
			<dt>{label}</dt>
			<dd>
				<span class="tb-figure">
					<Dur ms={ms} text={minutes} />
				</span>
				<small>
					{human === minutes ? '' : `${human} · `}
					{fill(t.exact, { s: f.exact(ms) })}
				</small>
			</dd>
		</div>
	);
}

/** Results for the chosen platform, or a request for a factor when it has none. */
export function Results({ platform, factor, estimate: e, labels: t, localeTag, f, heading: H }: Props) {
	const id = useId();
	const more = !e
		? ''
		: e.moreRuns === 0
			? t.moreRunsZero
			: pluralForm(localeTag, e.moreRuns, { one: t.moreRunsOne, other: t.moreRunsOther });
	const warning = {
		'long-run': fill(t.warnLongRun, { duration: f.dur(e?.longestRunMs ?? 0) }),
		'training-over-half': fill(t.warnOverHalf, { share: f.pct(e?.trainingShare ?? 0) }),
		'does-not-fit': fill(t.warnNoFit, { over: f.over(e?.overMs ?? 0) }),
		'session-limit': fill(t.warnSessionLimit, { platform: platform.name, limit: f.dur(e?.sessionLimitMs ?? 0) }),
	};
	const session = f.min(e?.sessionMs ?? 0);
	// Training and time used show their seconds together, or neither does.
	const precise = !!e && f.precise(e.usedMs, e.sessionMs);
	const sentence = verdictText(
		f,
		e,
		{ none: t.noFactor, fits: t.announceFits, over: t.announceOver },
		{ platform: platform.name, session },
	);
	return (
		<section class="tb-results" aria-labelledby={id}>
			<H id={id}>{fill(t.resultsTitle, { platform: platform.name })}</H>
			<Announce text={sentence} />
			{factor !== null && (
				<p class="wr-muted">{joinSpaced(fill(t.factorIs, { factor: fill(t.factorValue, { n: f.num(factor) }) }), platform.note)}</p>
			)}
			{!e ? (
				<p class="wr-notice">
					{fill(t.noFactor, { platform: platform.name })} <a href={`#${PLATFORMS_ID}`}>{t.noFactorLink}</a>
				</p>
			) : (
				<>
					<p class={`tb-status ${e.fits ? 'tb-fits' : 'tb-over'}`}>
						<span aria-hidden="true">{e.fits ? '✓ ' : '✗ '}</span>
						{e.fits ? t.fits : t.doesNotFit}
					</p>
					<dl class="tb-figures">
						<Figure
							label={t.training}
							ms={e.trainingMs}
							minutes={f.training(e.trainingMs, e.usedMs, e.sessionMs)}
							rounding={FIGURE_ROUNDING.training}
							precise={precise}
							f={f}
							t={t}
						/>
						<Figure
							label={t.used}
							ms={e.usedMs}
							minutes={f.used(e.usedMs, e.sessionMs)}
							rounding={FIGURE_ROUNDING.used}
							precise={precise}
							f={f}
							t={t}
						/>
						{e.fits ? (
							<Figure label={t.left} ms={e.leftMs} minutes={f.left(e.leftMs)} rounding={FIGURE_ROUNDING.left} f={f} t={t} />
						) : (
							<Figure label={t.over} ms={e.overMs} minutes={f.over(e.overMs)} rounding={FIGURE_ROUNDING.over} f={f} t={t} />
						)}
						<div>
							<dt>{t.share}</dt>
							<dd>
								<span class="tb-figure">{f.pct(e.trainingShare)}</span>
							</dd>
						</div>
					</dl>
					<p>{fill(more, { n: f.num(e.moreRuns), epochs: f.epochs(e.lastEpochs) })}</p>
					{e.warnings.length > 0 && (
						<ul class="tb-warnings">
							{e.warnings.map((w) => (
								<li key={w} class="wr-notice">
									{warning[w]}
								</li>
							))}
						</ul>
					)}
				</>
			)}
		</section>
	);
}
