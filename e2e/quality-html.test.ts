/**
 * Valid HTML on every built page (issue 6), with html-validate and the rules in
 * .htmlvalidate.mjs (every rule turned off there says why), and with the Nu Html Checker, the
 * W3C validator's engine, which checks what html-validate lets through (issue 10).
 */
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from './test-utils';
import { outDir, pageFile } from './gates/pages.mjs';
import { vnuErrors } from './gates/vnu.mjs';

test('every built page is valid HTML', async () => {
	test.setTimeout(90_000);
	const validator = new HtmlValidate(new FileSystemConfigLoader());
	const problems: string[] = [];
	for (const path of builtPages()) {
		const report = await validator.validateFile(pageFile(outDir(), path));
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems, 'html-validate errors').toEqual([]);
});

test('every built page passes the Nu Html Checker', () => {
	test.setTimeout(120_000);
	const files = builtPages().map((path) => pageFile(outDir(), path));
	expect(files.length, 'pages to check').toBeGreaterThan(10);
	expect(vnuErrors(files), 'Nu Html Checker errors').toEqual([]);
});
