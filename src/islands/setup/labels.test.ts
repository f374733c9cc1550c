import { expect, test } from 'vitest';
import { getDictionary } from '~/i18n';
import { LOCALES } from '~/i18n/locales';
import { reasonText } from '~/lib/query';
import { setupLabels } from './labels';

test.each(LOCALES)('a refused link value reads the same on the setup pages as on the tools (%s)', (locale) => {
	const dict = getDictionary(locale);
	const { reasons } = setupLabels(dict);
	// Only "too large" with no number to name differs: for the setup fields it is text that is too long.
	const { 'too-large-plain': _text, ...rest } = reasons;
	const { 'too-large-plain': _plain, ...shared } = dict.validation;
	expect(rest).toMatchObject(shared);
	// A number over its maximum (`session` on /prep/) names the range, as on the tools; text too long reads as the setup's.
	expect(reasonText(reasons, { reason: 'too-large', limits: { min: 1, max: 1440 } }, 'en')).toContain('1,440');
	expect(reasonText(reasons, { reason: 'too-large' }, 'en')).toBe(dict.setup.tooLong);
});
