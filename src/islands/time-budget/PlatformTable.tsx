/** Every platform side by side, so the fallback (no GPU, another platform) is always in view. */
import { useId } from 'preact/hooks';
import { fill } from '~/lib/fill';
import type { Estimate } from '~/lib/time-budget';
import { Dur } from './Dur';
import { FactorField } from './FactorField';
import type { TimeFormat } from '~/lib/time-format';
import { PLATFORMS_ID, type Messages, type PlatformInfo, type TimeLabels } from './types';

interface Props {
	rows: readonly { id: string; factor: number | null; estimate: Estimate | null; sessionLimitMs: number | null }[];
	platforms: readonly PlatformInfo[];
	chosen: string;
	labels: TimeLabels;
	messages: Messages;
	localeTag: string;
	f: TimeFormat;
	heading: 'h2' | 'h3';
}

/** A table row per platform: factor (editable, sourced), training, time used, left or over. */
export function PlatformTable({ rows, platforms, chosen, labels: t, messages, localeTag, f, heading: H }: Props) {
	const id = useId();
	return (
		<section class="tb-platforms" id={PLATFORMS_ID} aria-labelledby={id}>
			<H id={id}>{t.tableTitle}</H>
			{/* Cards on a phone (the shared .wr-card-table pattern): no column is cut off or scrolled. */}
			<div class="tb-table-wrap wr-card-host">
				<table class="tb-table wr-card-table wr-card-grid">
					<caption class="visually-hidden">{t.tableCaption}</caption>
					<thead>
						<tr>
							{[t.colPlatform, t.colFactor, t.colTraining, t.colUsed, t.colLeft].map((h) => (
								<th scope="col">{h}</th>
							))}
						</tr>
					</thead>
					<tbody>
						{rows.map(({ id: pid, factor, estimate: e, sessionLimitMs }) => {
							const limit = sessionLimitMs !== null && (
								<span class="tb-limit">{fill(t.sessionLimitShort, { limit: f.dur(sessionLimitMs) })}</span>
							);
							const platform = platforms.find((p) => p.id === pid);
							if (!platform) return null;
							return (
								<tr key={pid} class={pid === chosen ? 'tb-chosen' : undefined}>
									<th scope="row">
										{platform.name}
										{pid === chosen && <span class="wr-muted">{t.inUse}</span>}
									</th>
									<td data-label={t.colFactor}>
										<FactorField platform={platform} value={factor} labels={t} messages={messages} localeTag={localeTag} hideLabel />
									</td>
									{e ? (
										<>
											{(
												[
													[t.colTraining, e.trainingMs, f.training(e.trainingMs, e.usedMs, e.sessionMs)],
													[t.colUsed, e.usedMs, f.used(e.usedMs, e.sessionMs)],
												] as const
											).map(([label, ms, text]) => (
												<td data-label={label}>
													<Dur ms={ms} text={text} />
												</td>
											))}
											<td data-label={t.colLeft} class={e.fits ? 'tb-fits' : 'tb-over'}>
												<span aria-hidden="true">{e.fits ? '✓ ' : '✗ '}</span>
												{fill(e.fits ? t.leftShort : t.overShort, { t: e.fits ? f.left(e.leftMs) : f.over(e.overMs) })}
												{limit}
											</td>
										</>
									) : (
										<td colSpan={3} class="wr-muted">
											{t.noFactorShort}
											{limit}
										</td>
									)}
								</tr>
							);
						})}
					</tbody>
				</table>
			</div>
		</section>
	);
}
