/**
 * The cost calculator: attendees (shared with the other tools), months and fee, editable
 * prices, then the results table, a bar chart and a copyable link. Every number comes from
 * `costTable`; the island only wires stores to fields and renders.
 */
import { useMemo } from 'preact/hooks';
import { useStore } from './shared/useStore';
import { fill } from '~/lib/fill';
import { FEE_SPEC, MONTHS_SPEC } from '~/lib/cost';
import type { CostOption } from '~/lib/cost-options';
import { formatList, formatNumber, formatUsdCents, dollarsToCents } from '~/lib/format';
import { $cost, $priceOverrides, costRowsStore, setCost } from '~/stores/cost';
import { COST_STORES, costCodec } from '~/stores/cost-url';
import { ATTENDEES_SPEC } from '~/lib/workshop-params';
import { $attendees, setAttendees } from '~/stores/workshop';
import { useHydrationKey } from './shared/hydration';
import { useUrlBinding } from './shared/useUrlBinding';
import { Announce } from './shared/settle';
import { CopyPageLink } from './shared/CopyButton';
import { NumberField } from './shared/NumberField';
import { ParamNotices } from './shared/ParamNotices';
import { CostChart } from './cost-calculator/CostChart';
import { CostTable } from './cost-calculator/CostTable';
import { PriceFields } from './cost-calculator/PriceFields';
import type { CostLabels, ValidationLabels } from './cost-calculator/types';

interface Props {
	/** The options from the platform data (see `costOptions`). */
	options: CostOption[];
	labels: CostLabels;
	messages: ValidationLabels;
	/** BCP 47 tag for `Intl` formatting. */
	tag: string;
}

/** The calculator island. */
export function CostCalculator({ options, labels: t, messages, tag }: Props) {
	const attendees = useStore($attendees);
	const { months, feeUsd, needGpu } = useStore($cost);
	const prices = useStore($priceOverrides);
	// On the plan page it may hydrate after the plan's link or a typed field changed the stores.
	const key = useHydrationKey(COST_STORES);
	// The URL is read after hydration, so the first client render matches the server's HTML.
	const notices = useUrlBinding(() => costCodec(options));
	const rows = useStore(costRowsStore(options));
	// The price fields change only with prices; reusing the element skips them on other keystrokes.
	const priceFields = useMemo(
		() => <PriceFields options={options} prices={prices} labels={t} messages={messages} tag={tag} />,
		[options, prices, t, messages, tag],
	);
	const usd = (cents: number) => formatUsdCents(cents, tag);
	const cheapest = rows.filter((r) => r.cheapest);
	const best = cheapest[0];
	const fee = usd(dollarsToCents(feeUsd));
	const num = (n: number) => formatNumber(n, tag, 0);
	const summary =
		best && best.totalCents !== null && best.perAttendeeCents !== null
			? fill(t.summary, {
					names: formatList(
						cheapest.map((r) => r.option.name),
						tag,
					),
					total: usd(best.totalCents),
					perAttendee: usd(best.perAttendeeCents),
				})
			: needGpu
				? t.summaryNoneGpu
				: t.summaryNone;
	return (
		<div class="cost-calculator wr-card-host" key={key}>
			<ParamNotices notices={notices} title={messages.noticesTitle} reasons={messages} localeTag={tag} />
			{/* The answer first, as on the time budget: on a phone the inputs would push it off the first screen. */}
			<p class="cost-summary">{summary}</p>
			<Announce text={summary} />
			<fieldset class="cost-inputs">
				<legend>{t.inputsLegend}</legend>
				<NumberField
					label={t.attendees}
					name="attendees"
					value={attendees}
					spec={ATTENDEES_SPEC}
					onValid={setAttendees}
					messages={messages}
					localeTag={tag}
				/>
				{/* Months billed and the fee: the calculator's own settings, one field each. */}
				{(
					[
						{ key: 'months', name: 'months', label: t.months, hint: t.monthsHint, spec: MONTHS_SPEC, value: months },
						{ key: 'feeUsd', name: 'fee', label: t.fee, hint: t.feeHint, spec: FEE_SPEC, value: feeUsd, suffix: t.usd },
					] as const
				).map(({ key, ...field }) => (
					<NumberField key={key} {...field} onValid={(v) => setCost(key, v)} messages={messages} localeTag={tag} />
				))}
				<div class="wr-field cost-gpu">
					<label>
						<input type="checkbox" name="gpu" value="1" checked={needGpu} onChange={(e) => setCost('needGpu', e.currentTarget.checked)} />{' '}
						{t.needGpu}
					</label>
					<span class="wr-field-hint">{t.needGpuHint}</span>
				</div>
			</fieldset>
			<CostTable
				rows={rows}
				labels={t}
				tag={tag}
				showFee={feeUsd > 0}
				caption={fill(t.tableCaption, { attendees: num(attendees), months: num(months), fee })}
			/>
			<CostChart rows={rows} labels={t} tag={tag} />
			<p class="cost-copy needs-js">
				<CopyPageLink messages={messages} /> <span class="wr-muted">{t.copyHint}</span>
			</p>
			{priceFields}
		</div>
	);
}
