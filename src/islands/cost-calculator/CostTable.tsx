/**
 * The results, one row per option: totals, fee coverage, whether it can clone the repo and
 * who pays. The cheapest workable option carries a text badge, not only a colour.
 */
import { fill } from '~/lib/fill';
import type { CostRow } from '~/lib/cost';
import { formatUsdCents } from '~/lib/format';
import { SourceLink, sourceName } from '../shared/SourceLink';
import type { CostLabels } from './types';

interface Props {
	rows: readonly CostRow[];
	caption: string;
	labels: CostLabels;
	tag: string;
	/** Show fee coverage and break-even: only when a fee is charged (at 0 they say nothing). */
	showFee: boolean;
}

const MARK = { yes: '✓', no: '✗', unknown: '?', 'n/a': '?' } as const;

/** The capability that decided whether an option is workable: its note and its source. */
function Decided({
	info,
	what,
	labels: t,
}: {
	info: { note?: string | undefined; source: string; asOf: string };
	what: string;
	labels: CostLabels;
}) {
	return (
		<>
			{info.note && <span class="cost-note">{info.note}</span>}
			<SourceLink info={info} labels={t} name={sourceName(t.sourceFor, what, info)} />
		</>
	);
}

/** The results table. */
export function CostTable({ rows, caption, labels: t, tag, showFee }: Props) {
	const usd = (cents: number) => formatUsdCents(cents, tag);
	const workable = { yes: t.workableYes, no: t.workableNo, unknown: t.workableUnknown, 'n/a': t.workableUnknown };
	return (
		<table class="cost-table wr-card-table wr-card-grid">
			<caption>{caption}</caption>
			<thead>
				<tr>
					{/* Fee coverage and break-even only mean something when a fee is collected. */}
					{(
						[
							['option', t.colOption],
							['price', t.colPrice],
							['total', t.colTotal],
							['per-attendee', t.colPerAttendee],
							...(showFee ? [['coverage', t.colCoverage] as const, ['break-even', t.colBreakEven] as const] : []),
							['workable', t.colWorkable],
							['payer', t.colPayer],
						] as const
					).map(([col, h]) => (
						// Named like the cells below: the stylesheet sizes the columns from this row.
						<th scope="col" data-col={col}>
							{h}
						</th>
					))}
				</tr>
			</thead>
			<tbody>
				{rows.map((r) => (
					<tr key={r.option.param} data-option={r.option.param} class={r.cheapest ? 'cost-cheapest' : undefined}>
						<th scope="row">
							{r.option.name}
							{r.cheapest && <strong class="cost-badge">{t.cheapest}</strong>}
						</th>
						{r.priceCents === null || r.totalCents === null ? (
							<td colSpan={showFee ? 5 : 3} data-label={t.colPrice}>
								{t.notPerUser}
								{r.option.price.note && <span class="cost-note">{r.option.price.note}</span>}
							</td>
						) : (
							<>
								<td data-label={t.colPrice} data-col="price">
									{usd(r.priceCents)}
									{r.edited && fill(t.parenthetical, { text: t.edited })}
								</td>
								<td data-label={t.colTotal} data-col="total">
									<strong>{usd(r.totalCents)}</strong>
								</td>
								<td data-label={t.colPerAttendee} data-col="per-attendee">
									{usd(r.perAttendeeCents ?? 0)}
								</td>
								{showFee && (
									<td data-label={t.colCoverage} data-col="coverage" class={`cost-${r.coverage?.kind ?? 'even'}`}>
										{r.coverage && fill(t[r.coverage.kind], { amount: usd(r.coverage.cents) })}
									</td>
								)}
								{showFee && (
									<td data-label={t.colBreakEven} data-col="break-even">
										{usd(r.breakEvenCents ?? 0)}
									</td>
								)}
							</>
						)}
						<td data-label={t.colWorkable} data-col="workable" class={`cost-${r.workable.value === 'n/a' ? 'unknown' : r.workable.value}`}>
							<span class="cost-verdict">
								<span aria-hidden="true">{MARK[r.workable.value]} </span>
								{r.workable.reason === 'gpu-on-top'
									? t.workableGpuOnTop
									: r.workable.reason === 'gpu'
										? r.workable.value === 'no'
											? t.workableNoGpu
											: t.workableGpuUnknown
										: workable[r.workable.value]}
							</span>
							{/* The capability that decided, with its note and source: cloning, or the GPU when one is needed. */}
							<Decided
								info={r.workable.reason === 'clone' ? r.option.workableInfo : r.option.gpuInfo}
								what={`${r.option.name}${t.labelSeparator}${r.workable.reason === 'clone' ? t.colWorkable : t.gpuLabel}`}
								labels={t}
							/>
						</td>
						<td data-label={t.colPayer} data-col="payer">
							<span class="cost-verdict">{t[`payer_${r.option.payer}`]}</span>
							{r.option.payerInfo.note && <span class="cost-note">{r.option.payerInfo.note}</span>}
						</td>
					</tr>
				))}
			</tbody>
		</table>
	);
}
