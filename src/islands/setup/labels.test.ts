import { expect, test } from 'vitest';
import { getDictionary } from '~/i18n';
import { LOCALES } from '~/i18n/locales';
import { reasonText } from '~/lib/query';
import { setupLabels } from './labels';

test.each(LOCALES)('a refused link value reads the same on the setup pages as on the tools (%s)', (locale) => {
	const dict = getDictionary(locale);
	const { reasons } = setupLabels(dict);
	// One wording per reason on every page: the shared messages as they are, plus what a refused
	// repository, branch, folder or notebook may hold, worded as its field says it.
	expect(reasons).toMatchObject(dict.validation);
	expect(reasonText(reasons, { reason: 'rejected', param: 'branch' }, 'en')).toBe(dict.setup.branchInvalid);
	expect(reasonText(reasons, { reason: 'rejected', param: 'folder' }, 'en')).toBe(dict.setup.folderInvalid);
	expect(reasonText(reasons, { reason: 'rejected', param: 'title' }, 'en'), 'others keep the shared wording').toBe(
		dict.validation.rejected,
	);
	// A number over its maximum (`session` on /prep/) names the range; text too long has no number to name.
	expect(reasonText(reasons, { reason: 'too-large', limits: { min: 1, max: 1440 } }, 'en')).toContain('1,440');
	expect(reasonText(reasons, { reason: 'too-large' }, 'en')).toBe(dict.validation['too-large-plain']);
});
