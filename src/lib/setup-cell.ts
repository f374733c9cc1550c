/**
 * The quick-setup cell: one plain-Python notebook cell that clones the workshop repository
 * (or, run again, updates it the way nbgitpuller does), moves into the notebook's folder and
 * checks the environment. Platform specifics (where files live, Drive, what to do offline)
 * come from the platform data; every value is a validated part written by `pyString`, and
 * git only ever gets argument lists (no shell, no IPython `!`/`%` line, so no `$x`/`{x}`
 * expansion).
 */
import { fillText, placeholders, type SetupParts } from './commands';
import { pyString } from './shell-quote';

/** A platform's quick-setup data in one locale. */
export interface QuickText {
	/** The folder the clone goes in; placeholders like `{folder}` are filled with validated values. */
	root: string;
	/** Plain-Python lines that run first (Colab mounts Drive), without placeholders. */
	prelude?: string;
	/** What to do when the clone fails, on this platform (Kaggle: switch Internet on). */
	offline?: string;
	body?: string;
	source: string;
	asOf: string;
}

/** The words the cell prints, in the reader's language. */
export interface CellMessages {
	cellCloned: string;
	cellUpdated: string;
	cellPython: string;
	cellTf: string;
	cellTfMissing: string;
	cellGpu: string;
	cellYes: string;
	cellNo: string;
	cellFiles: string;
	cellNoFiles: string;
	cellFailed: string;
	cellReady: string;
	cellCommit: string;
}

/** The three cells a setup notebook holds; `setup` alone does everything. */
export interface SetupCells {
	setup: string;
	update: string;
	check: string;
}

// nbgitpuller's automatic merging (jupyterhub/nbgitpuller, nbgitpuller/pull.py), in order:
// restore files deleted by mistake, commit the attendee's edits, move aside untracked files
// the instructor now tracks, merge preferring the attendee's side, keep a file the attendee
// edited when the instructor deleted it. Identity via -c and no editor: nothing is asked.
const SYNC = `def git(*args):
    return subprocess.run(['git', *args], cwd=CLONE, env=ENV, check=True, capture_output=True, text=True).stdout

def changed_upstream(kind):
    return [f for f in git('diff', '--name-only', '-z', '--diff-filter=' + kind, 'HEAD', 'FETCH_HEAD').split('\\0') if f]

def update():
    git('fetch', 'origin', BRANCH or 'HEAD')
    gone = changed_upstream('D')
    for f in git('ls-files', '--deleted', '-z').split('\\0'):
        if f:
            git('checkout', 'HEAD' if f in gone else 'FETCH_HEAD', '--', f)
    if git('status', '--porcelain', '--untracked-files=no').strip():
        git(*ME, 'commit', '-a', '-q', '-m', COMMIT)
    for f in changed_upstream('A'):
        path = os.path.join(CLONE, f)
        if os.path.lexists(path):
            stem, ext = os.path.splitext(path)
            os.rename(path, stem + time.strftime('__%Y%m%d%H%M%S') + ext)
    try:
        git(*ME, 'merge', '-Xours', '--no-edit', 'FETCH_HEAD')
    except subprocess.CalledProcessError as e:
        if 'CONFLICT (modify/delete)' not in e.stdout:
            raise
        git('add', '-u')
        git(*ME, 'commit', '-q', '--no-edit')

try:
    os.makedirs(ROOT, exist_ok=True)
    if os.path.isdir(os.path.join(CLONE, '.git')):
        update()
        print(MSG['cellUpdated'], CLONE)
    else:
        subprocess.run(['git', 'clone', *(['--branch', BRANCH] if BRANCH else []), '--', REPO, CLONE], env=ENV, check=True, capture_output=True, text=True)
        print(MSG['cellCloned'], CLONE)
    os.chdir(WORKDIR if os.path.isdir(WORKDIR) else CLONE)
except (subprocess.CalledProcessError, OSError) as e:
    print(getattr(e, 'stderr', None) or e)
    problems.append(MSG['cellFailed'])`;

const CHECK = `print(MSG['cellPython'], sys.version.split()[0])
try:
    import tensorflow as tf
    print(MSG['cellTf'], tf.__version__)
except ImportError:
    print(MSG['cellTf'], MSG['cellTfMissing'])
gpu = shutil.which('nvidia-smi') and subprocess.run(['nvidia-smi', '-L'], capture_output=True).returncode == 0
print(MSG['cellGpu'], MSG['cellYes'] if gpu else MSG['cellNo'])
if os.path.isdir(CLONE) and os.listdir(CLONE):
    print(MSG['cellFiles'], CLONE + ':', ', '.join(sorted(f for f in os.listdir(CLONE) if not f.startswith('.'))))
else:
    problems.append(MSG['cellNoFiles'] + ' ' + CLONE)
print(problems[0] if problems else MSG['cellReady'])`;

const MESSAGE_KEYS: (keyof CellMessages)[] = [
	'cellCloned',
	'cellUpdated',
	'cellPython',
	'cellTf',
	'cellTfMissing',
	'cellGpu',
	'cellYes',
	'cellNo',
	'cellFiles',
	'cellNoFiles',
	'cellFailed',
	'cellReady',
];

/** The cells for one platform and workshop; every value passes through `pyString`. */
export function buildSetupCells(quick: QuickText, parts: SetupParts, messages: CellMessages): SetupCells {
	const values = placeholders(parts);
	const msg = { ...messages, cellFailed: quick.offline ? `${messages.cellFailed} ${quick.offline}` : messages.cellFailed };
	const head = [
		'import os, shutil, subprocess, sys, time',
		...(quick.prelude ? [quick.prelude] : []),
		`REPO = ${pyString(values.repoUrl ?? '')}`,
		`BRANCH = ${pyString(parts.branch)}`,
		`ROOT = os.path.expanduser(${pyString(fillText(quick.root, parts))})`,
		`CLONE = os.path.join(ROOT, ${pyString(values.name ?? '')})`,
		`WORKDIR = os.path.join(ROOT, ${pyString(values.workdir ?? '')})`,
		`MSG = {\n${MESSAGE_KEYS.map((k) => `    ${pyString(k)}: ${pyString(msg[k])},`).join('\n')}\n}`,
		'problems = []',
	].join('\n');
	const sync = [
		// Never wait for a password or an editor; English messages, so a modify/delete conflict is recognised.
		"ENV = dict(os.environ, GIT_TERMINAL_PROMPT='0', GIT_EDITOR='true', LC_ALL='C')",
		`ME = ['-c', 'user.name=Workshop attendee', '-c', 'user.email=attendee@workshop.invalid']`,
		`COMMIT = ${pyString(messages.cellCommit)}`,
		SYNC,
	].join('\n');
	return {
		setup: `${head}\n${sync}\n${CHECK}`,
		update: `${head}\n${sync}\nprint(problems[0] if problems else MSG['cellReady'])`,
		check: `${head}\n${CHECK}`,
	};
}
