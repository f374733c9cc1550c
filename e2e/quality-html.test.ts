/**
 * Valid HTML on every built page (issue 6), with html-validate and the rules in
 * .htmlvalidate.mjs (every rule turned off there says why).
 */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from './test-utils';
import { outDir, pageFile } from './gates/pages.mjs';

test('every built page is valid HTML', async () => {
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const path of builtPages()) {
		const report = await validator.validateFile(pageFile(outDir(), path));
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems, 'html-validate errors').toEqual([]);
});
