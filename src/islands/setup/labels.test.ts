import { expect, test } from 'vitest';
import { getDictionary } from '~/i18n';
import { LOCALES } from '~/i18n/locales';
import { reasonText } from '~/lib/query';
import { setupLabels } from './labels';

test.each(LOCALES)('a refused link value reads the same on the setup pages as on the tools (%s)', (locale) => {
	const dict = getDictionary(locale);
	const { reasons } = setupLabels(dict);
	// One wording per reason on every page: the setup islands get the shared messages as they are.
	expect(reasons).toEqual(dict.validation);
	// A number over its maximum (`session` on /prep/) names the range; text too long has no number to name.
	expect(reasonText(reasons, { reason: 'too-large', limits: { min: 1, max: 1440 } }, 'en')).toContain('1,440');
	expect(reasonText(reasons, { reason: 'too-large' }, 'en')).toBe(dict.validation['too-large-plain']);
});
