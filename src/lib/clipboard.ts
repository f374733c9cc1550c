/**
 * Text cleaning for copy buttons: what lands on the clipboard is exactly the text shown,
 * minus anything a reader cannot see. Invisible and bidirectional-control characters can
 * hide a different command inside a visible one (pastejacking), and a trailing newline
 * would run a pasted command at once.
 */

/** Zero-width, bidi-control, BOM and other invisible format characters. */
// eslint-disable-next-line no-misleading-character-class -- each code point is listed to be removed on its own, variation selectors included
const INVISIBLE = /[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

/** Removes invisible, bidi-control and control characters (tab and newline stay). */
export function stripInvisible(text: string): string {
	return text.replace(INVISIBLE, '').replace(CONTROL, '');
}

/** The clipboard text for a shown command: no invisible characters, no prompt, no trailing newline. */
export function cleanClipboardText(shown: string): string {
	return stripInvisible(shown.replace(/\r\n?/g, '\n'))
		.replace(/\u00A0/g, ' ')
		.replace(/^\s*\$ /gm, '')
		.replace(/\s+$/u, '');
}
