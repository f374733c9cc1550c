/**
 * Just enough HTML reading for the build-output checks (links, CSP): tags with their
 * attributes, ids, and the text of <style> blocks. The build output is valid HTML (the
 * html-validate gate proves it), so a tokenizer that respects quoted values is enough and
 * needs no parser dependency.
 */

const ENTITIES = /** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' });

/** Decodes the character references that can appear in attribute values. */
export function decodeEntities(text) {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
		if (ref[0] !== '#') return ENTITIES[ref.toLowerCase()] ?? whole;
		const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
		return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
	});
}

/** Removes comments and the bodies of raw-text elements, whose contents are not markup. */
function markupOnly(html) {
	return html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style|textarea|title)\b[^>]*>)[\s\S]*?(<\/\2\s*>)/gi, '$1$3');
}

const TAG = /<([a-zA-Z][\w:-]*)((?:\s+[^\s=/>"']+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*\/?>/g;
const ATTR = /([^\s=/>"']+)(?:\s*=\s*("[^"]*"|'[^']*'|[^\s"'>]+))?/g;

/**
 * Every start tag with its attributes (names lower-cased, values decoded; a bare attribute
 * has the value '').
 * @returns {{ name: string, attrs: Record<string, string> }[]}
 */
export function tags(html) {
	const found = [];
	for (const [, name, attrText = ''] of markupOnly(html).matchAll(TAG)) {
		/** @type {Record<string, string>} */
		const attrs = {};
		for (const [, key, raw] of attrText.matchAll(ATTR)) {
			const value = raw === undefined ? '' : raw.replace(/^["']|["']$/g, '');
			attrs[/** @type {string} */ (key).toLowerCase()] = decodeEntities(value);
		}
		found.push({ name: /** @type {string} */ (name).toLowerCase(), attrs });
	}
	return found;
}

/** The ids a fragment can point to: every `id`, and `name` on `<a>`. */
export function ids(html) {
	const set = new Set();
	for (const { name, attrs } of tags(html)) {
		if (attrs.id !== undefined) set.add(attrs.id);
		if (name === 'a' && attrs.name !== undefined) set.add(attrs.name);
	}
	return set;
}

/** The contents of every <style> element. */
export function styleBlocks(html) {
	return [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)].map((m) => m[1] ?? '');
}
