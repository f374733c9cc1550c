/** Limits of a platform read from its data, for the tools. */
import type { Platform } from './platform-schema';

/** Minutes per limit unit a session length may be given in. */
const MINUTES_PER: Partial<Record<string, number>> = { minutes: 1, hours: 60 };

/**
 * The longest session the platform gives, in minutes: its current free tier's `maxSession` (the
 * runtime a workshop's attendees get), or the first current tier's when it has no free one; null
 * when the data publishes none.
 */
export function sessionLimitMinutes(platform: Pick<Platform, 'tiers'>): number | null {
	const current = platform.tiers.filter((t) => t.era === 'current');
	const tier = current.find((t) => t.kind === 'free') ?? current[0];
	const limit = tier?.limits.maxSession;
	const per = limit ? MINUTES_PER[limit.unit] : undefined;
	return limit?.value != null && per !== undefined ? limit.value * per : null;
}
