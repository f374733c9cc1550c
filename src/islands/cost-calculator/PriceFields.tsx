/**
 * One price field per option, prefilled from the data with its source and date, a reset to
 * the data value and, where the data has one, the article's dated price as a preset.
 */
import { NumberField } from '~/islands/shared/NumberField';
import { fill, joinSpaced } from '~/lib/fill';
import { priceInUse, PRICE_SPEC, type CostInputs } from '~/lib/cost';
import type { CostOption } from '~/lib/cost-options';
import { dollarsToCents, formatUsdCents } from '~/lib/format';
import { resetPrice, setPrice } from '~/stores/cost';
import { SourceLink, sourceName } from '../shared/SourceLink';
import type { CostLabels, ValidationLabels } from './types';

interface Props {
	options: readonly CostOption[];
	/** The user's edited prices (see `$priceOverrides`). */
	prices: CostInputs['prices'];
	labels: CostLabels;
	messages: ValidationLabels;
	tag: string;
}

type FieldProps = Omit<Props, 'options' | 'prices'> & { option: CostOption; priceUsd: number | null };

/** One option's price: a field, or the reason it has none. */
function PriceField({ option: o, priceUsd, labels, messages, tag }: FieldProps) {
	if (priceUsd === null || o.priceUsd === null)
		return (
			<p>
				<strong>{o.name}</strong>
				{labels.labelSeparator}
				{joinSpaced(labels.notPerUserSentence, o.price.note)}{' '}
				<SourceLink
					info={o.price}
					labels={labels}
					name={sourceName(labels.sourceFor, `${o.name}${labels.labelSeparator}${labels.colPrice}`, o.price)}
				/>
			</p>
		);
	const usd = (dollars: number) => formatUsdCents(dollarsToCents(dollars), tag);
	const edited = priceUsd !== o.priceUsd;
	const preset = o.preset;
	return (
		<>
			<NumberField
				label={o.name}
				name={o.param}
				value={priceUsd}
				spec={PRICE_SPEC}
				onValid={(v) => setPrice(o.param, v)}
				messages={messages}
				localeTag={tag}
				suffix={labels.perUserMonth}
				{...(o.price.note ? { hint: o.price.note } : {})}
			/>
			<p class="cost-price-meta">
				<SourceLink
					info={o.price}
					labels={labels}
					name={sourceName(labels.sourceFor, `${o.name}${labels.labelSeparator}${labels.colPrice}`, o.price)}
				/>
				{edited && <em>{fill(labels.parenthetical, { text: labels.edited })}</em>}{' '}
				<button
					type="button"
					class="needs-js"
					disabled={!edited}
					aria-label={fill(labels.resetLabel, { name: o.name, price: usd(o.priceUsd) })}
					onClick={() => resetPrice(o.param)}
				>
					{labels.reset}
				</button>
				{preset && (
					<>
						{' '}
						<button
							type="button"
							class="needs-js"
							aria-label={fill(labels.presetLabel, { name: o.name, price: usd(preset.usd) })}
							onClick={() => setPrice(o.param, preset.usd)}
						>
							{fill(labels.preset, { price: usd(preset.usd) })}
						</button>{' '}
						<SourceLink
							info={preset}
							labels={labels}
							name={sourceName(labels.sourceFor, `${preset.name}${labels.labelSeparator}${labels.colPrice}`, preset)}
						/>
					</>
				)}
			</p>
		</>
	);
}

/** The fieldset of editable prices. Depends on prices only, so the parent can memoise it. */
export function PriceFields({ options, prices, ...rest }: Props) {
	return (
		<fieldset class="cost-prices">
			<legend>{rest.labels.pricesLegend}</legend>
			<p class="wr-muted">{rest.labels.pricesIntro}</p>
			{options.map((o) => (
				<div class="cost-price" key={o.param} data-option={o.param}>
					<PriceField option={o} priceUsd={priceInUse(o, prices)} {...rest} />
				</div>
			))}
		</fieldset>
	);
}
