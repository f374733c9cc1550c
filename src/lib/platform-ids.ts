/**
 * Platform ids, kept apart from the zod schema so browser code (URL parsing in islands) can
 * use them without bundling zod.
 */

/** Platform ids are part of the public URL contract (`price-<id>`, `platform=<id>`). */
export const PLATFORM_IDS = ['colab', 'cocalc', 'local', 'kaggle', 'studio-lab', 'codespaces', 'binder'] as const;
/** One platform id. */
export type PlatformId = (typeof PLATFORM_IDS)[number];
/** The platform when none is chosen: the article's (and left out of links). */
export const DEFAULT_PLATFORM: PlatformId = 'colab';

/** The page's entry for the chosen platform `id`, else its first (a page may list only some platforms). */
export function chosenPlatform<P extends { id: string }>(platforms: readonly P[], id: string): P | undefined {
	return platforms.find((p) => p.id === id) ?? platforms[0];
}
