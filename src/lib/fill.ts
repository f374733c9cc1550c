/** The one placeholder filler of the site's own text (dictionaries, unit templates). */

/**
 * Fills `{name}` placeholders from `vars`; unknown placeholders are left as they are. Values
 * go in through a replacement function, so text in them (a search query, a link's value) is
 * never read as a placeholder or as a `$&`-style replacement pattern.
 */
export function fill(template: string, vars: Record<string, string | number>): string {
	return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(vars, name) ? String(vars[name]) : whole));
}
