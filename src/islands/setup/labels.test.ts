import { expect, test } from 'vitest';
import { getDictionary } from '~/i18n';
import { LOCALES } from '~/i18n/locales';
import { setupLabels } from './labels';

test.each(LOCALES)('a refused link value reads the same on the setup pages as on the tools (%s)', (locale) => {
	const dict = getDictionary(locale);
	const { reasons } = setupLabels(dict);
	// Only "too large" differs: for the setup fields it is text that is too long, not a number over its maximum.
	const { 'too-large': _text, ...rest } = reasons;
	const { 'too-large': _number, ...shared } = dict.validation;
	expect(rest).toMatchObject(shared);
});
