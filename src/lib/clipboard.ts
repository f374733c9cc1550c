/**
 * Text cleaning for copy buttons: what lands on the clipboard is exactly the text shown,
 * minus anything a reader cannot see. Invisible and bidirectional-control characters can
 * hide a different command inside a visible one (pastejacking), and a trailing newline
 * would run a pasted command at once.
 */

/**
 * Every default-ignorable code point (zero-width and bidi controls, variation selectors, tag
 * characters, Hangul fillers, U+034F, U+17B4–17B5, U+180B–180F…), plus the interlinear
 * annotation marks U+FFF9–FFFB (format characters that hide text between them) and U+2800,
 * the braille blank that looks like a space but is not one.
 */
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\uFFF9-\uFFFB\u2800]/gu;
/** Control characters other than tab and newline. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are stripped
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;

const PICTOGRAPH = /\p{Extended_Pictographic}/u;
const SKIN_TONE = /[\u{1F3FB}-\u{1F3FF}]/u;

/** A keycap emoji's base (0–9, #, *): with U+FE0F and the enclosing keycap U+20E3 it reads 1️⃣. */
const KEYCAP_BASE = /[0-9#*]/;

/**
 * Whether the invisible `ch` at `at` is part of an emoji: the presentation selector U+FE0F
 * after a pictograph (❤️) or between a keycap's base and its keycap (1️⃣), or a zero-width
 * joiner between two pictographs (👩‍💻, 👩🏽‍💻). Those join pictures, never hide text, so a
 * title keeps its emoji whole.
 */
function joinsEmoji(ch: string, text: string, at: number): boolean {
	if (ch !== '\u200D' && ch !== '\uFE0F') return false;
	if (ch === '\uFE0F' && KEYCAP_BASE.test(text[at - 1] ?? '') && text[at + 1] === '\u20E3') return true;
	const before = [...text.slice(Math.max(0, at - 4), at)];
	let prev = before.at(-1) ?? '';
	if (ch === '\u200D' && (prev === '\uFE0F' || SKIN_TONE.test(prev))) prev = before.at(-2) ?? '';
	if (!PICTOGRAPH.test(prev)) return false;
	return ch === '\uFE0F' || PICTOGRAPH.test(String.fromCodePoint(text.codePointAt(at + 1) ?? 0));
}

/**
 * Removes invisible, bidi-control and control characters (tab and newline stay; so do the
 * joiners inside an emoji), or puts `mark` in their place, where a reader must see that
 * something was there.
 */
export function stripInvisible(text: string, mark = ''): string {
	return text.replace(INVISIBLE, (ch, at: number) => (joinsEmoji(ch, text, at) ? ch : mark)).replace(CONTROL, mark);
}

/** The clipboard text for a shown command: no invisible characters, no prompt, no trailing newline. */
export function cleanClipboardText(shown: string): string {
	return stripInvisible(shown.replace(/\r\n?/g, '\n'))
		.replace(/\u00A0/g, ' ')
		.replace(/^\s*\$ /gm, '')
		.replace(/\s+$/u, '');
}
