/**
 * The Python every quick-setup cell shares. It lives apart from `setup-cell.ts` so that only the
 * build imports it: pages receive it as data (island props), and their JavaScript stays small.
 */
import type { CellProgram } from './setup-cell';

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

/** The sync and check programs, as `QuickText.program` carries them. */
export const CELL_PROGRAM: CellProgram = { sync: SYNC, check: CHECK };
