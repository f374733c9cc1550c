/**
 * Parameter names as the declarations write them: a plain name, or a family such as `price-*`.
 * Kept apart from `params.ts` (and its parsers) so that scripts needing only names, such as the
 * plan page's memory, stay small.
 */

/** Whether a declared name stands for a family (`price-*`). */
export const isFamily = (name: string): boolean => name.endsWith('*');

/** Whether `name` is one of `names`, or belongs to one of its families. */
export function ownsParam(names: readonly string[], name: string): boolean {
	return names.some((n) => (isFamily(n) ? name.startsWith(n.slice(0, -1)) : n === name));
}
