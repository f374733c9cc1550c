/**
 * One price field per option, prefilled from the data with its source and date, a reset to
 * the data value and, where the data has one, the article's dated price as a preset.
 */
import { NumberField } from '~/islands/shared/NumberField';
import { fill } from '~/i18n';
import { PRICE_SPEC, type CostRow } from '~/lib/cost';
import { dollarsToCents, formatUsdCents } from '~/lib/format';
import { resetPrice, setPrice } from '~/stores/cost';
import { Source } from './Source';
import type { CostLabels, ValidationLabels } from './types';

interface Props {
	rows: readonly CostRow[];
	labels: CostLabels;
	messages: ValidationLabels;
	tag: string;
}

/** The fieldset of editable prices. */
export function PriceFields({ rows, labels, messages, tag }: Props) {
	const usd = (dollars: number) => formatUsdCents(dollarsToCents(dollars), tag);
	return (
		<fieldset class="cost-prices">
			<legend>{labels.pricesLegend}</legend>
			<p class="wr-muted">{labels.pricesIntro}</p>
			{rows.map(({ option: o, priceUsd, edited }) => (
				<div class="cost-price" key={o.param} data-option={o.param}>
					{priceUsd === null || o.priceUsd === null ? (
						<p>
							<strong>{o.name}</strong>: {labels.notPerUser}. {o.price.note} <Source info={o.price} labels={labels} />
						</p>
					) : (
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
								<Source info={o.price} labels={labels} />
								{edited && <em> ({labels.edited})</em>}{' '}
								<button
									type="button"
									class="needs-js"
									disabled={!edited}
									aria-label={fill(labels.resetLabel, { name: o.name, price: usd(o.priceUsd) })}
									onClick={() => resetPrice(o.param)}
								>
									{labels.reset}
								</button>
								{o.preset && (
									<>
										{' '}
										<button
											type="button"
											class="needs-js"
											aria-label={fill(labels.presetLabel, { name: o.name, price: usd(o.preset.usd) })}
											onClick={() => setPrice(o.param, o.preset!.usd)}
										>
											{fill(labels.preset, { price: usd(o.preset.usd) })}
										</button>{' '}
										<Source info={o.preset} labels={labels} />
									</>
								)}
							</p>
						</>
					)}
				</div>
			))}
		</fieldset>
	);
}
