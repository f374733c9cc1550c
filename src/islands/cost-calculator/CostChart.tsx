/**
 * A bar chart of the totals in inline SVG. Hidden from screen readers: the table above holds
 * the same numbers as text. Bar lengths are percentages, so the chart needs no measuring.
 */
import { barPercents, type CostRow } from '~/lib/cost';
import { formatUsdCents } from '~/lib/format';
import type { CostLabels } from './types';

interface Props {
	rows: readonly CostRow[];
	labels: CostLabels;
	tag: string;
}

/** Row height in px: a label line, then its bar. */
const ROW = 44;

/** Totals of every option priced per user, one bar each. */
export function CostChart({ rows, labels, tag }: Props) {
	const percents = barPercents(rows);
	const bars = rows.flatMap((r, i) => (r.totalCents === null ? [] : [{ row: r, total: r.totalCents, pct: percents[i] ?? 0 }]));
	return (
		<figure class="cost-chart">
			<figcaption>
				<strong>{labels.chartTitle}</strong> <span class="wr-muted">{labels.chartNote}</span>
			</figcaption>
			<svg aria-hidden="true" focusable="false" width="100%" height={bars.length * ROW}>
				{bars.map(({ row, total, pct }, i) => (
					<g key={row.option.param} class={row.cheapest ? 'cost-bar cost-bar-cheapest' : 'cost-bar'}>
						<text x="0" y={i * ROW + 15}>
							{row.cheapest ? '★ ' : ''}
							{row.option.name}
							{labels.labelSeparator}
							{formatUsdCents(total, tag)}
						</text>
						<rect x="0" y={i * ROW + 22} width={`${pct}%`} height="14" rx="2" />
					</g>
				))}
			</svg>
		</figure>
	);
}
