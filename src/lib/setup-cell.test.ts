import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import en from '../i18n/en/setup';
import zh from '../i18n/zh-cn/setup';
import { buildSteps, resolveParts, type SetupParts } from './commands';
import { CRAFTED_LINKS } from '../../test/fixtures/crafted-links';
import { parseLinkParams } from './prep-link';
import { buildSetupCells, type QuickText } from './setup-cell';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';

const QUICK = SETUP_PLATFORMS.filter((p) => p.quick);
const quickOf = (id: string): QuickText => {
	const quick = SETUP_PLATFORMS.find((p) => p.id === id)?.quick;
	if (!quick) throw new Error(`no quick setup for ${id}`);
	return quick;
};
const partsOf = (query: string): SetupParts => {
	const { details } = parseLinkParams(new URLSearchParams(query));
	return resolveParts({
		repo: details.repo ?? '',
		branch: details.branch ?? '',
		folder: details.folder ?? '',
		notebook: details.notebook ?? '',
	});
};
const ACCEPTANCE = 'platform=colab&repo=https://codeberg.org/ws/handson&branch=trunk&folder=ws2026';

/** Python's own parser on each source; returns the error of each that fails (none when all parse). */
function pythonErrors(sources: string[]): string[] {
	const script =
		'import ast,json,sys\nfor i,s in enumerate(json.load(sys.stdin)):\n  try: ast.parse(s)\n  except SyntaxError as e: print(i, e)';
	return execFileSync('python3', ['-c', script], { input: JSON.stringify(sources), encoding: 'utf8' })
		.split('\n')
		.filter(Boolean);
}

describe('quick-setup cells', () => {
	test('the notebook platforms have one', () => {
		expect(QUICK.map((p) => p.id).sort()).toEqual(['cocalc', 'colab', 'kaggle', 'studio-lab']);
	});

	test('parse as Python, hold no !/% line and none of a crafted link’s payload', () => {
		const sources: string[] = [];
		for (const link of [...CRAFTED_LINKS, { query: ACCEPTANCE, payload: '\u0000' }]) {
			const parts = partsOf(link.query);
			for (const p of QUICK) {
				const cells = buildSetupCells(p.quick as QuickText, parts, en);
				for (const cell of [cells.setup, cells.update, cells.check]) {
					expect(cell).not.toMatch(/^\s*[!%]/m);
					expect(cell).not.toContain(link.payload);
					sources.push(cell);
				}
			}
		}
		expect(pythonErrors(sources)).toEqual([]);
	});

	test('carry the link’s validated repository, branch and folder as literals', () => {
		const cell = buildSetupCells(quickOf('colab'), partsOf(ACCEPTANCE), en).setup;
		expect(cell).toContain('drive.mount(');
		expect(cell).toContain('REPO = "https://codeberg.org/ws/handson"');
		expect(cell).toContain('BRANCH = "trunk"');
		expect(cell).toContain('"/content/drive/MyDrive/ws2026"');
		expect(cell).toContain("'merge', '-Xours'");
	});

	test('a repository written with or without .git gives the same cell, so a re-run from either link recognises the copy', () => {
		const cell = (repo: string) => buildSetupCells(quickOf('colab'), partsOf(`repo=${encodeURIComponent(repo)}&branch=week-2`), en).setup;
		expect(cell('https://github.com/octo-org/dl-2026.git')).toBe(cell('https://github.com/octo-org/dl-2026'));
		expect(cell('https://github.com/octo-org/dl-2026.git')).toContain('REPO = "https://github.com/octo-org/dl-2026"');
	});

	test('messages in either language, or with quotes and backslashes, stay inside their literals', () => {
		const tricky = { ...en, cellReady: `it's "ready" \\ {x} $HOME\nnext` };
		const cells = [tricky, zh].flatMap((messages) =>
			QUICK.map((p) => buildSetupCells(p.quick as QuickText, partsOf(ACCEPTANCE), messages).setup),
		);
		expect(pythonErrors(cells)).toEqual([]);
	});
});

// Integration: real git and Python, no network. A bare repository stands in for the host.
describe('cell and terminal updates with real git', () => {
	const tmp = mkdtempSync(join(tmpdir(), 'wr-cell-'));
	afterAll(() => rmSync(tmp, { recursive: true, force: true }));
	const env = {
		...process.env,
		HOME: join(tmp, 'home'),
		GIT_CONFIG_NOSYSTEM: '1',
		GIT_CONFIG_GLOBAL: '/dev/null',
		PYTHONPATH: join(tmp, 'stub'),
	};
	mkdirSync(env.HOME, { recursive: true });
	const git = (cwd: string, ...args: string[]) =>
		execFileSync('git', ['-c', 'user.name=Instructor', '-c', 'user.email=i@example.invalid', ...args], { cwd, env, encoding: 'utf8' });
	const write = (path: string, text: string) => {
		mkdirSync(join(path, '..'), { recursive: true });
		writeFileSync(path, text);
	};

	/** A bare "origin" on branch trunk and the instructor's clone of it. */
	function makeOrigin(name: string): { bare: string; instructor: string } {
		const bare = join(tmp, `${name}.git`);
		const instructor = join(tmp, `${name}-instructor`);
		git(tmp, 'init', '-q', '--bare', '--initial-branch=trunk', bare);
		git(tmp, 'clone', '-q', bare, instructor);
		git(instructor, 'checkout', '-q', '-b', 'trunk');
		write(join(instructor, 'README.md'), 'v1\n');
		write(join(instructor, 'notebooks/lesson.ipynb'), 'line 1\nline 2\n');
		write(join(instructor, 'data/a.csv'), 'a\n');
		write(join(instructor, 'data/b.csv'), 'b\n');
		git(instructor, 'add', '-A');
		git(instructor, 'commit', '-q', '-m', 'v1');
		git(instructor, 'push', '-q', 'origin', 'trunk');
		return { bare, instructor };
	}

	/** The instructor's fix: same notebook lines changed, README changed, a file added, one deleted. */
	function instructorUpdate(instructor: string, added: string[]): void {
		write(join(instructor, 'README.md'), 'v2\n');
		write(join(instructor, 'notebooks/lesson.ipynb'), 'line 1 fixed by instructor\nline 2\n');
		for (const f of added) write(join(instructor, f), 'from the instructor\n');
		unlinkSync(join(instructor, 'data/b.csv'));
		git(instructor, 'add', '-A');
		git(instructor, 'commit', '-q', '-m', 'v2');
		git(instructor, 'push', '-q', 'origin', 'trunk');
	}

	/** The attendee edits the notebook and b.csv, deletes a.csv by mistake. */
	function attendeeEdits(clone: string): void {
		write(join(clone, 'notebooks/lesson.ipynb'), 'line 1 my answer\nline 2\n');
		write(join(clone, 'data/b.csv'), 'b edited\n');
		unlinkSync(join(clone, 'data/a.csv'));
	}

	function expectUpdated(clone: string): void {
		expect(readFileSync(join(clone, 'notebooks/lesson.ipynb'), 'utf8')).toBe('line 1 my answer\nline 2\n');
		expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('v2\n');
		expect(readFileSync(join(clone, 'data/a.csv'), 'utf8')).toBe('a\n');
		expect(readFileSync(join(clone, 'data/b.csv'), 'utf8')).toBe('b edited\n');
		expect(readFileSync(join(clone, 'extra.txt'), 'utf8')).toBe('from the instructor\n');
		expect(git(clone, 'status', '--porcelain', '--untracked-files=no')).toBe('');
	}

	test('the Colab cell clones, then updates keeping the attendee’s edits', () => {
		const { bare, instructor } = makeOrigin('colab');
		write(join(tmp, 'stub/google/__init__.py'), '');
		write(join(tmp, 'stub/google/colab/__init__.py'), '');
		write(join(tmp, 'stub/google/colab/drive.py'), 'import os\ndef mount(path):\n    os.makedirs(path, exist_ok=True)\n');
		const quick = { ...quickOf('colab'), root: `${tmp}/drive/MyDrive/{folder}` };
		const parts = resolveParts({
			repo: 'https://codeberg.org/ws/handson',
			branch: 'trunk',
			folder: 'ws2026',
			notebook: 'notebooks/lesson.ipynb',
		});
		const cell = buildSetupCells(quick, parts, en).setup.replace(
			'REPO = "https://codeberg.org/ws/handson"',
			`REPO = ${JSON.stringify(bare)}`,
		);
		const run = () => {
			const r = spawnSync('python3', ['-c', cell], { cwd: tmp, env, encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			return r.stdout.trim().split('\n');
		};
		const clone = join(tmp, 'drive/MyDrive/ws2026/handson');

		const first = run();
		expect(first[0]).toContain(en.cellCloned);
		expect(first.at(-1)).toBe(en.cellReady);
		expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('v1\n');

		attendeeEdits(clone);
		write(join(clone, 'notebooks/new.ipynb'), 'mine\n'); // untracked, and the instructor adds the same path
		instructorUpdate(instructor, ['extra.txt', 'notebooks/new.ipynb']);

		const second = run();
		expect(second[0], 'the attendee hears where their file went').toMatch(new RegExp(`^${en.cellKept} notebooks/new__\\d{14}\\.ipynb$`));
		expect(second[1]).toContain(en.cellUpdated);
		expect(second.at(-1)).toBe(en.cellReady);
		expectUpdated(clone);
		expect(readFileSync(join(clone, 'notebooks/new.ipynb'), 'utf8')).toBe('from the instructor\n');
		const aside = readdirSync(join(clone, 'notebooks')).filter((f) => /^new__\d{14}\.ipynb$/.test(f));
		expect(aside).toHaveLength(1);
		expect(readFileSync(join(clone, 'notebooks', aside[0] ?? ''), 'utf8')).toBe('mine\n');

		expect(run().at(-1)).toBe(en.cellReady); // nothing new: still fine

		// The instructor renames the notebook the attendee just deleted by mistake: it comes back
		// under its new name, with the attendee's answer, and the old name is gone.
		unlinkSync(join(clone, 'notebooks/lesson.ipynb'));
		git(instructor, 'mv', 'notebooks/lesson.ipynb', 'notebooks/01-lesson.ipynb');
		git(instructor, 'commit', '-q', '-m', 'rename');
		git(instructor, 'push', '-q', 'origin', 'trunk');
		expect(run().at(-1)).toBe(en.cellReady);
		expect(readFileSync(join(clone, 'notebooks/01-lesson.ipynb'), 'utf8')).toBe('line 1 my answer\nline 2\n');
		expect(readdirSync(join(clone, 'notebooks'))).not.toContain('lesson.ipynb');

		// At the venue with no network: the copy already here is used, and the attendee is ready.
		renameSync(bare, `${bare}-away`);
		const offline = run();
		expect(offline.some((line) => line.startsWith(en.cellOffline))).toBe(true);
		expect(offline.at(-1)).toBe(en.cellReady);
		renameSync(`${bare}-away`, bare);
	});

	test('an attendee’s insteadOf rule for the host does not make a re-run refuse their own copy', () => {
		const { bare, instructor } = makeOrigin('insteadof');
		const repo = 'https://github.com/ws/insteadof';
		// The attendee's git reaches the host another way (here the local origin): get-url reports the rewrite.
		const config = join(tmp, 'insteadof.gitconfig');
		writeFileSync(config, `[url "${bare}"]\n\tinsteadOf = ${repo}\n`);
		const quick = { ...quickOf('kaggle'), root: `${tmp}/insteadof-root` };
		const parts = resolveParts({ repo, branch: 'trunk', folder: '', notebook: '' });
		const cell = buildSetupCells(quick, parts, en).setup;
		const run = () => {
			const r = spawnSync(PYTHON, ['-c', cell], { cwd: tmp, env: { ...env, GIT_CONFIG_GLOBAL: config }, encoding: 'utf8' });
			expect(r.status, r.stderr).toBe(0);
			return r.stdout.trim().split('\n');
		};
		expect(run().at(-1)).toBe(en.cellReady);
		instructorUpdate(instructor, ['extra.txt']);
		const again = run();
		expect(again.at(-1), again.join('\n')).toBe(en.cellReady);
		expect(readFileSync(join(tmp, 'insteadof-root/insteadof/extra.txt'), 'utf8')).toBe('from the instructor\n');
	});

	/** The Kaggle cell for `repo` with its files under `root`, run with `extra` in the environment. */
	const kaggleRun = (repo: string, root: string, extra: NodeJS.ProcessEnv = {}) => {
		const quick = { ...quickOf('kaggle'), root };
		const parts = resolveParts({ repo: 'https://github.com/ws/handson', branch: '', folder: '', notebook: '' });
		const cell = buildSetupCells(quick, parts, en).setup.replace(
			'REPO = "https://github.com/ws/handson"',
			`REPO = ${JSON.stringify(repo)}`,
		);
		const r = spawnSync(PYTHON, ['-c', cell], { cwd: tmp, env: { ...env, ...extra }, encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
		return r.stdout.trim().split('\n');
	};
	const PYTHON = execFileSync('python3', ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8' }).trim();

	test('a folder of that name holding something else (another repository, one with no remote, other files, a file) is left alone, with what to do', () => {
		const { bare } = makeOrigin('ours');
		const { bare: theirs } = makeOrigin('theirs');
		const root = join(tmp, 'kaggle-other');
		git(tmp, 'clone', '-q', theirs, join(root, 'handson'));
		expect(kaggleRun(bare, root).at(-1)).toBe(`${en.cellNotOurs} ${join(root, 'handson')}`);
		expect(git(join(root, 'handson'), 'remote', 'get-url', 'origin').trim()).toBe(theirs);
		const files = join(tmp, 'kaggle-files');
		write(join(files, 'handson/notes.txt'), 'mine\n');
		expect(kaggleRun(bare, files).at(-1)).toBe(`${en.cellNotOurs} ${join(files, 'handson')}`);
		expect(readFileSync(join(files, 'handson/notes.txt'), 'utf8')).toBe('mine\n');
		// A repository with no remote, and a file where the folder would go.
		const bareRepo = join(tmp, 'kaggle-noremote');
		git(tmp, 'init', '-q', join(bareRepo, 'handson'));
		expect(kaggleRun(bare, bareRepo).at(-1)).toBe(`${en.cellNotOurs} ${join(bareRepo, 'handson')}`);
		const aFile = join(tmp, 'kaggle-file');
		write(join(aFile, 'handson'), 'a file\n');
		expect(kaggleRun(bare, aFile).at(-1)).toBe(`${en.cellNotOurs} ${join(aFile, 'handson')}`);
		expect(readdirSync(aFile), 'nothing downloaded beside it').toEqual(['handson']);
	});

	test('an interrupted first download is cleared away; the attendee’s own git settings do not stop the update', () => {
		const { bare, instructor } = makeOrigin('settings');
		const root = join(tmp, 'kaggle-settings');
		write(join(root, 'handson.partial/.git/HEAD'), 'ref: refs/heads/trunk\n'); // what a killed clone leaves
		expect(kaggleRun(bare, root).at(-1)).toBe(en.cellReady);
		expect(readdirSync(root)).toEqual(['handson']);
		// Signing with a gpg that fails, fast-forward-only merges, a hook that refuses every commit.
		const hooks = join(tmp, 'refusing-hooks');
		for (const hook of ['pre-commit', 'pre-merge-commit', 'commit-msg']) write(join(hooks, hook), '#!/bin/sh\nexit 1\n');
		execFileSync('chmod', ['+x', ...['pre-commit', 'pre-merge-commit', 'commit-msg'].map((h) => join(hooks, h))]);
		const config = join(tmp, 'attendee.gitconfig');
		writeFileSync(config, `[commit]\n\tgpgsign = true\n[gpg]\n\tprogram = false\n[merge]\n\tff = only\n[core]\n\thooksPath = ${hooks}\n`);
		write(join(root, 'handson/README.md'), 'my notes\n');
		write(join(instructor, 'extra.txt'), 'new\n');
		git(instructor, 'add', '-A');
		git(instructor, 'commit', '-q', '-m', 'extra');
		git(instructor, 'push', '-q', 'origin', 'trunk');
		expect(kaggleRun(bare, root, { GIT_CONFIG_GLOBAL: config }).at(-1)).toBe(en.cellReady);
		expect(readFileSync(join(root, 'handson/extra.txt'), 'utf8')).toBe('new\n');
		expect(readFileSync(join(root, 'handson/README.md'), 'utf8')).toBe('my notes\n');
	});

	test('an update git cannot merge (the instructor replaced the history) is named, and nothing is left half-merged', () => {
		const { bare, instructor } = makeOrigin('rewritten');
		const root = join(tmp, 'kaggle-rewritten');
		expect(kaggleRun(bare, root).at(-1)).toBe(en.cellReady);
		git(instructor, 'checkout', '-q', '--orphan', 'fresh');
		git(instructor, 'commit', '-q', '-m', 'start again');
		git(instructor, 'push', '-q', '--force', 'origin', 'fresh:trunk');
		expect(kaggleRun(bare, root).at(-1)).toBe(en.cellMergeFailed);
		expect(existsMerge(join(root, 'handson'))).toBe(false);
		expect(readFileSync(join(root, 'handson/README.md'), 'utf8')).toBe('v1\n');
	});

	test('no git on the machine: the cell says so instead of blaming the link', () => {
		const { bare } = makeOrigin('nogit');
		expect(kaggleRun(bare, join(tmp, 'kaggle-nogit'), { PATH: join(tmp, 'empty-path') }).at(-1)).toBe(en.cellNoGit);
	});

	test('a clone that fails ends with what to do on that platform (Kaggle: switch Internet on)', () => {
		const quick = { ...quickOf('kaggle'), root: join(tmp, 'kaggle-working') };
		const parts = resolveParts({ repo: 'https://github.com/ws/handson', branch: '', folder: '', notebook: '' });
		const cell = buildSetupCells(quick, parts, en).setup.replace(
			'REPO = "https://github.com/ws/handson"',
			`REPO = ${JSON.stringify(join(tmp, 'missing.git'))}`,
		);
		const r = spawnSync('python3', ['-c', cell], { cwd: tmp, env, encoding: 'utf8' });
		expect(r.status, r.stderr).toBe(0);
		expect(r.stdout.trim().split('\n').at(-1)).toBe(`${en.cellFailed} ${quick.offline}`);
		expect(quick.offline).toContain('Internet');
	});

	test.each(['local', 'cocalc', 'codespaces'])('the %s terminal update keeps the attendee’s edits', (id) => {
		const { bare, instructor } = makeOrigin(`term-${id}`);
		const clone = join(tmp, `term-${id}-attendee`);
		git(tmp, 'clone', '-q', '--branch', 'trunk', bare, clone);
		const parts = resolveParts({ repo: 'https://github.com/ws/handson', branch: 'trunk', folder: '', notebook: '' });
		const steps = SETUP_PLATFORMS.find((p) => p.id === id)?.steps ?? [];
		const update = buildSteps(steps, parts).find((s) => s.id === 'update');
		const text = update?.commands.map((c) => c.text).join('\n') ?? '';
		expect(text).toContain('merge -Xours --no-edit');

		attendeeEdits(clone);
		instructorUpdate(instructor, ['extra.txt']);
		// An attendee whose git signs every commit, with no key at hand here: the update must not need it.
		const signing = join(tmp, `term-${id}.gitconfig`);
		writeFileSync(signing, '[commit]\n\tgpgsign = true\n[gpg]\n\tprogram = false\n');
		// Pasted into a terminal: each line runs whatever the previous one returned.
		spawnSync('bash', ['-c', text], {
			cwd: clone,
			env: { ...env, GIT_CONFIG_GLOBAL: signing, GIT_EDITOR: 'false', EDITOR: 'false' },
			encoding: 'utf8',
		});
		expectUpdated(clone);
		expect(existsMerge(clone)).toBe(false);
	});

	test('the terminal update names a file of the attendee’s in the way, as its step says, and works once it is renamed', () => {
		const { bare, instructor } = makeOrigin('term-clash');
		const clone = join(tmp, 'term-clash-attendee');
		git(tmp, 'clone', '-q', '--branch', 'trunk', bare, clone);
		const parts = resolveParts({ repo: 'https://github.com/ws/handson', branch: 'trunk', folder: '', notebook: '' });
		const update = buildSteps(SETUP_PLATFORMS.find((p) => p.id === 'local')?.steps ?? [], parts).find((s) => s.id === 'update');
		const paste = () =>
			spawnSync('bash', ['-c', update?.commands.map((c) => c.text).join('\n') ?? ''], { cwd: clone, env, encoding: 'utf8' });
		write(join(clone, 'notebooks/answers.ipynb'), 'mine\n'); // untracked; the instructor adds the same name
		instructorUpdate(instructor, ['notebooks/answers.ipynb']);
		const first = paste();
		// The words the step tells the attendee to look for are git's own.
		expect(update?.body).toContain('would be overwritten by merge');
		expect(first.stderr + first.stdout).toContain('would be overwritten by merge');
		expect(readFileSync(join(clone, 'notebooks/answers.ipynb'), 'utf8'), 'nothing of theirs is lost').toBe('mine\n');
		renameSync(join(clone, 'notebooks/answers.ipynb'), join(clone, 'notebooks/my-answers.ipynb'));
		paste();
		expect(readFileSync(join(clone, 'notebooks/answers.ipynb'), 'utf8')).toBe('from the instructor\n');
		expect(readFileSync(join(clone, 'notebooks/my-answers.ipynb'), 'utf8')).toBe('mine\n');
		expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('v2\n');
	});

	const existsMerge = (clone: string) => spawnSync('git', ['rev-parse', '-q', '--verify', 'MERGE_HEAD'], { cwd: clone, env }).status === 0;
});
