/**
 * Workshop detail fields whose text is refused right now. The plan keeps the field's last
 * valid value, so the prep link would silently leave the typed one out: the link's section
 * reads this to name the fields and mark the link incomplete. Never stored.
 */
import { atom } from 'nanostores';
import type { LinkKey } from '~/lib/prep-link';

/** The detail keys whose field holds refused text, in the order they were found. */
export const $invalidFields = atom<readonly LinkKey[]>([]);

/** Records whether the field for `key` holds acceptable text (or nothing). */
export function setFieldValid(key: LinkKey, valid: boolean): void {
	const current = $invalidFields.get();
	if (valid === !current.includes(key)) return;
	$invalidFields.set(valid ? current.filter((k) => k !== key) : [...current, key]);
}

/** The id of the field for `key`, for links that lead to it. */
export function fieldId(key: LinkKey): string {
	return `wr-field-${key}`;
}
