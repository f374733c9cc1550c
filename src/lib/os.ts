/**
 * The reader's operating system, guessed from a user-agent string, to preselect the local
 * install's Windows / macOS / Linux tab. A guess only: the reader can always switch.
 */

/** The desktop systems the local install has steps for. */
export const OS_IDS = ['windows', 'macos', 'linux'] as const;
export type OsId = (typeof OS_IDS)[number];

/** The tab shown when the agent says nothing useful (phones, tablets, bots): the most common desktop. */
export const DEFAULT_OS: OsId = 'windows';

/**
 * Windows, macOS or Linux from `userAgent`; `undefined` for phones, tablets, ChromeOS and
 * anything unknown. iPadOS reports "Macintosh" too, but keeps "Mobile" in its agent in apps.
 */
export function detectOs(userAgent: string): OsId | undefined {
	const ua = userAgent.slice(0, 512);
	if (/Android|iPhone|iPad|iPod|Mobile|CrOS/i.test(ua)) return undefined;
	if (/Windows NT|Win64|Win32/i.test(ua)) return 'windows';
	if (/Macintosh|Mac OS X/i.test(ua)) return 'macos';
	if (/Linux|X11|FreeBSD/i.test(ua)) return 'linux';
	return undefined;
}
