/**
 * The cost calculator's options, derived from the platform records: every current tier, each
 * with the URL parameter that sets its price, its sourced price, who pays and whether it can
 * clone a repo. Plain serialisable objects, so a page can hand them to the island as props.
 */
import type { CapabilityValue, Payer, Platform, PlatformId, Tier } from './platform-schema';
import { defaultPaidTier } from './compare';
import { freeTier } from './platform-limits';
import { pickText, provenance, type Provenance } from './localized';

/** A dated alternative price for an option (the article's June 2020 price). */
interface PricePreset extends Provenance {
	usd: number;
	/** The tier the price belonged to, e.g. "CoCalc standard plan (2020)". */
	name: string;
}

/** One row of the calculator: a current tier of a platform. */
export interface CostOption {
	/** URL parameter that sets this option's price; also the option's stable key. */
	param: string;
	platformId: PlatformId;
	tierId: string;
	/** The tier's name in the page's locale. */
	name: string;
	/** USD per user per month from the data; null when the tier is not priced per user. */
	priceUsd: number | null;
	price: Provenance;
	payer: Payer;
	payerInfo: Provenance;
	/** Whether the tier can clone a repo (`capabilities.cloneRepo`); only `yes` counts as workable. */
	workable: CapabilityValue;
	workableInfo: Provenance;
	/** Whether the tier gives attendees a GPU (`capabilities.gpu`); counts when the workshop needs one. */
	gpu: CapabilityValue;
	/** The GPU is billed on top of the tier's price, so this total does not cover it. */
	gpuBilledOnTop: boolean;
	gpuInfo: Provenance;
	preset?: PricePreset;
}

/** `price-<platformId>` for the platform's main tier, `price-<platformId>-<tierId>` for the others. */
function priceParam(p: Platform, tier: Tier): string {
	const main = defaultPaidTier(p) ?? freeTier(p);
	return tier.id === main.id ? `price-${p.id}` : `price-${p.id}-${tier.id}`;
}

/** The article-era price of a platform, offered as a preset on its default paid tier. */
function articlePreset(p: Platform, locale: string): PricePreset | undefined {
	const tier = p.tiers.find((t) => t.era === 'article-2020' && t.pricePerUserMonthUsd.value !== null);
	const usd = tier?.pricePerUserMonthUsd.value;
	if (!tier || usd === null || usd === undefined) return undefined;
	return { usd, name: pickText(tier.name, locale), ...provenance(tier.pricePerUserMonthUsd, locale) };
}

/** Every current tier of `platforms` (in platform order, free tier first) as a calculator option. */
export function costOptions(platforms: readonly Platform[], locale: string): CostOption[] {
	return platforms.flatMap((p) => {
		const paid = defaultPaidTier(p);
		const tiers = [freeTier(p), ...p.tiers.filter((t) => t.era === 'current' && t.kind === 'paid')];
		return tiers.map((tier): CostOption => {
			const preset = tier === paid ? articlePreset(p, locale) : undefined;
			const clone = tier.capabilities.cloneRepo;
			return {
				param: priceParam(p, tier),
				platformId: p.id,
				tierId: tier.id,
				name: pickText(tier.name, locale),
				priceUsd: tier.pricePerUserMonthUsd.value,
				price: provenance(tier.pricePerUserMonthUsd, locale),
				payer: tier.payer.value,
				payerInfo: provenance(tier.payer, locale),
				workable: clone.value,
				workableInfo: provenance(clone, locale),
				gpu: tier.capabilities.gpu.value,
				gpuBilledOnTop: tier.capabilities.gpu.billedOnTop === true,
				gpuInfo: provenance(tier.capabilities.gpu, locale),
				...(preset ? { preset } : {}),
			};
		});
	});
}
