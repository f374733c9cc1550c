/** Limits of a platform read from its data, for the tools. */
import type { Platform, Tier } from './platform-schema';

/**
 * The platform's current free tier: what attendees get, and the tier a value outside any tier
 * means. Every record has one (the platform-data test enforces it).
 */
export function freeTier(p: Pick<Platform, 'id' | 'tiers'>): Tier {
	const tier = p.tiers.find((t) => t.kind === 'free' && t.era === 'current');
	if (!tier) throw new Error(`platform ${p.id} has no current free tier`);
	return tier;
}

/** Minutes per limit unit a session length may be given in. */
const MINUTES_PER: Partial<Record<string, number>> = { minutes: 1, hours: 60 };

/**
 * The longest session the platform gives, in minutes: its current free tier's `maxSession` (the
 * runtime a workshop's attendees get); null when the data publishes none.
 */
export function sessionLimitMinutes(platform: Pick<Platform, 'id' | 'tiers'>): number | null {
	const limit = freeTier(platform).limits.maxSession;
	const per = limit ? MINUTES_PER[limit.unit] : undefined;
	return limit?.value != null && per !== undefined ? limit.value * per : null;
}
