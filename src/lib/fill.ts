/** The one placeholder filler of the site's own text (dictionaries, unit templates). */

const HAN_END = /\p{Script=Han}$/u;
const HAN_START = /^\p{Script=Han}/u;
const WORD_END = /[\p{Script=Latin}\p{Nd}]$/u;
const WORD_START = /^[\p{Script=Latin}\p{Nd}]/u;
/** CJK punctuation and full-width forms (。，：（）…), which carry their own space. */
const FULL_WIDTH_END = /[\u3000-\u303F\uFF01-\uFF65]$/u;
const FULL_WIDTH_START = /^[\u3000-\u303F\uFF01-\uFF65]/u;

/**
 * The gap to put between `before` and `after` where a value meets its template, by the Chinese
 * spacing rule the dictionaries follow: one space between Han and a Latin letter or digit ("在
 * Colab 上", "2020 年"), none between two Han characters. A template written around one kind of
 * value ("{platform} 上的步骤") then reads right with the other ("本地安装上的步骤"); none
 * beside full-width punctuation ("本地安装（免费）的价格"). Other seams keep the template's own gap.
 */
function seamGap(before: string, gap: string, after: string): string {
	if (FULL_WIDTH_END.test(before) || FULL_WIDTH_START.test(after)) return '';
	if (HAN_END.test(before) && HAN_START.test(after)) return '';
	if ((HAN_END.test(before) && WORD_START.test(after)) || (WORD_END.test(before) && HAN_START.test(after))) return ' ';
	return gap;
}

/**
 * Sentences or phrases in a row, empty ones left out: a space between them, as English takes,
 * except where the seam rule wants none (after 。 or ：, between two Han characters).
 */
export function joinSpaced(...pieces: readonly (string | undefined)[]): string {
	return pieces.reduce<string>((out, piece) => (!piece ? out : out === '' ? piece : out + gapBetween(out, piece) + piece), '');
}

/** The gap `joinSpaced` puts between two phrases, for one of them rendered as an element (a link, a `<time>`). */
export function gapBetween(before: string, after: string): string {
	return seamGap(before, ' ', after);
}

/** `pieces` joined, each seam spaced by `seamGap` (a list's names and its 、 or 和, say). */
export function joinText(pieces: readonly string[]): string {
	return pieces.reduce(
		(out, piece) => (out === '' || /\s$/.test(out) || /^\s/.test(piece) ? out + piece : out + seamGap(out, '', piece) + piece),
		'',
	);
}

/**
 * Fills `{name}` placeholders from `vars`; unknown placeholders are left as they are. Values
 * go in as text, so text in them (a search query, a link's value) is never read as a
 * placeholder or as a `$&`-style replacement pattern. Where a value meets Chinese text, the
 * seam gets the spacing of `seamGap`; the value's own text is never changed.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
	const parts = template.split(/\{(\w+)\}/g);
	let out = '';
	// Template text not yet written: what stands between the last value and the next one.
	let between = parts[0] ?? '';
	for (let i = 1; i < parts.length; i += 2) {
		const name = parts[i] ?? '';
		const next = parts[i + 1] ?? '';
		const value = Object.hasOwn(vars, name) ? String(vars[name]) : undefined;
		if (value === undefined || value === '') {
			between += (value === undefined ? `{${name}}` : '') + next;
			continue;
		}
		out += seam(out, between, value) + value;
		between = next;
	}
	return out + seam(out, between, '');
}

/** Template text `between` two neighbours, its outer spaces decided by `seamGap` on each side. */
function seam(before: string, between: string, after: string): string {
	const core = between.replace(/^ +| +$/g, '');
	if (core === '') return seamGap(before, between, after);
	const lead = between.slice(0, between.indexOf(core));
	const trail = between.slice(between.indexOf(core) + core.length);
	return seamGap(before, lead, core) + core + seamGap(core, trail, after);
}
