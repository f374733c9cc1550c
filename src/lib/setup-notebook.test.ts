import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import en from '../i18n/en/setup';
import { resolveParts } from './commands';
import { buildSetupCells } from './setup-cell';
import { buildNotebook } from './setup-notebook';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';

const parts = resolveParts({ repo: 'https://gitlab.com/ws/handson', branch: 'dev', folder: 'ws', notebook: 'nb/a.ipynb' });
const text = {
	...en,
	title: 'Deep <img src=x onerror=alert(1)> [x](javascript:alert(1)) night',
	date: 'Thursday, December 3, 2026',
	prepLink: 'https://example.org/prep/?title=Deep&platform=kaggle',
};

describe('setup notebook', () => {
	for (const platform of SETUP_PLATFORMS.filter((p) => p.quick)) {
		test(`${platform.id}: nbformat 4.5 with ids, a python3 kernelspec and line lists`, () => {
			const cells = buildSetupCells(platform.quick!, parts, en);
			const nb = JSON.parse(buildNotebook(cells, text));
			expect(nb.nbformat).toBe(4);
			expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
			expect(nb.metadata.kernelspec).toMatchObject({ name: 'python3', language: 'python' });
			const ids = nb.cells.map((c: { id: string }) => c.id);
			expect(new Set(ids).size).toBe(ids.length);
			for (const id of ids) expect(id).toMatch(/^[a-zA-Z0-9_-]{1,64}$/);
			const code = nb.cells.filter((c: { cell_type: string }) => c.cell_type === 'code');
			expect(code.map((c: { source: string[] }) => c.source.join(''))).toEqual([cells.setup, cells.update, cells.check]);
			for (const c of nb.cells) {
				expect(Array.isArray(c.source)).toBe(true);
				c.source.slice(0, -1).forEach((line: string) => expect(line.endsWith('\n')).toBe(true));
			}
		});
	}

	test('the introduction shows the title as text and links the prep page', () => {
		const nb = JSON.parse(buildNotebook(buildSetupCells(SETUP_PLATFORMS.find((p) => p.quick)!.quick!, parts, en), text));
		const intro: string = nb.cells[0].source.join('');
		expect(intro).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
		expect(intro).not.toContain('](javascript');
		expect(intro).toContain('<https://example.org/prep/?title=Deep&platform=kaggle>');
		expect(intro).toContain(text.date);
		const noLink = JSON.parse(
			buildNotebook(buildSetupCells(SETUP_PLATFORMS.find((p) => p.quick)!.quick!, parts, en), { ...text, prepLink: 'javascript:alert(1)' }),
		);
		expect(noLink.cells[0].source.join('')).not.toContain(en.notebookPrepLink);
		// Jupyter reads text between two dollar signs as maths: "$5 to $10" must stay money.
		const money = JSON.parse(
			buildNotebook(buildSetupCells(SETUP_PLATFORMS.find((p) => p.quick)!.quick!, parts, en), { ...text, title: 'GPUs for $5 to $10' }),
		);
		expect(money.cells[0].source[0]).toBe('# GPUs for \\$5 to \\$10\n');
	});

	// The reference validator, where Python's nbformat package is installed (Debian: python3-nbformat).
	const python = ['python3', '/usr/bin/python3'].find((py) => spawnSync(py, ['-c', 'import nbformat']).status === 0);
	test.runIf(python)('passes nbformat.validate', () => {
		const nb = buildNotebook(buildSetupCells(SETUP_PLATFORMS.find((p) => p.id === 'colab')!.quick!, parts, en), text);
		const script = 'import nbformat,sys\nnbformat.validate(nbformat.reads(sys.stdin.read(), as_version=4))\nprint("ok")';
		expect(execFileSync(python ?? 'python3', ['-c', script], { input: nb, encoding: 'utf8' }).trim()).toBe('ok');
	});
});
