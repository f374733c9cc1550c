/**
 * State of the setup walkthrough and the prep page, beside the shared `$workshop` plan:
 * the commands' parts (derived), the values a link brought (for the banner), the local
 * install's OS tab. Stored (only on the reader's own clicks, never from a link):
 *   wr:platform-tab   a platform id, the tab last chosen on any page
 *   wr:os             'windows' | 'macos' | 'linux', the OS tab last chosen
 */
import { atom, computed } from 'nanostores';
import { resolveParts } from '~/lib/commands';
import { DEFAULT_OS, OS_IDS, detectOs, type OsId } from '~/lib/os';
import { PLATFORM_IDS, type PlatformId } from '~/lib/platform-ids';
import type { LinkDetails } from '~/lib/prep-link';
import { $workshop, setDetail, setPlatform } from './workshop';
import { readStorage, writeStorage } from './safe-storage';

const TAB_KEY = 'wr:platform-tab';
const OS_KEY = 'wr:os';

/** The detail keys that change commands. */
export const COMMAND_KEYS = ['repo', 'branch', 'folder', 'notebook'] as const;

/** The plan's command details as one text: changes only when one of them does. */
const $commandDetails = computed($workshop, (plan) => JSON.stringify(COMMAND_KEYS.map((key) => plan[key])));

/** The commands' parts: the plan's details validated again, defaults filled in (recomputed only when a command detail changes). */
export const $setupParts = computed($commandDetails, (text) => {
	const [repo = '', branch = '', folder = '', notebook = ''] = JSON.parse(text) as string[];
	return resolveParts({ repo, branch, folder, notebook });
});

/** Details the page's link supplied (cleared by Reset); drives the "customised by this link" banner. */
export const $linkDetails = atom<LinkDetails>({});

/** The OS tab of the local install. */
export const $os = atom<OsId>(DEFAULT_OS);

/** Records what a link set, for the banner. */
export function setLinkDetails(details: LinkDetails): void {
	$linkDetails.set(details);
}

/** Reset: the link's command values go back to the defaults (and so leave the URL). */
export function resetLinkDetails(): void {
	for (const key of COMMAND_KEYS) setDetail(key, '');
	$linkDetails.set({});
}

/** The reader chose a platform tab: show it everywhere and remember it for other pages. */
export function choosePlatform(platform: PlatformId): void {
	setPlatform(platform);
	writeStorage(TAB_KEY, platform);
}

/** Applies the remembered tab unless the link named a platform; `available` limits it to tabs shown. */
export function restorePlatform(available: readonly PlatformId[]): void {
	const stored = readStorage(TAB_KEY);
	const id = PLATFORM_IDS.find((p) => p === stored);
	if (id && available.includes(id)) setPlatform(id);
}

/** The reader chose an OS tab. */
export function chooseOs(os: OsId): void {
	$os.set(os);
	writeStorage(OS_KEY, os);
}

/** Preselects the OS: the reader's earlier choice, else a guess from the user agent. */
export function restoreOs(userAgent: string): void {
	const stored = readStorage(OS_KEY);
	$os.set(OS_IDS.find((o) => o === stored) ?? detectOs(userAgent) ?? DEFAULT_OS);
}
