/**
 * The Python every quick-setup cell shares. It lives apart from `setup-cell.ts` so that only the
 * build imports it: pages receive it as data (island props), and their JavaScript stays small.
 */
import type { CellProgram } from './setup-cell';

// nbgitpuller's automatic merging (jupyterhub/nbgitpuller, nbgitpuller/pull.py), in order:
// restore files deleted by mistake, commit the attendee's edits, move aside untracked files
// the instructor now tracks, merge preferring the attendee's side, keep a file the attendee
// edited when the instructor deleted it. Identity via -c and no editor: nothing is asked.
// Offline, a copy already here is used as it is: the update waits for the next run.
const SYNC = `# Never wait for a password (no prompt, no credential manager window) or an editor; English
# messages, so a conflict is recognised. The attendee's own git settings must not stop the
# update: no signing, and merges may commit.
ENV = dict(os.environ, GIT_TERMINAL_PROMPT='0', GCM_INTERACTIVE='never', GIT_EDITOR='true', LC_ALL='C')
ME = ['-c', 'user.name=Workshop attendee', '-c', 'user.email=attendee@workshop.invalid', '-c', 'commit.gpgsign=false', '-c', 'merge.ff=true']

def git(*args):
    return subprocess.run(['git', *args], cwd=CLONE, env=ENV, check=True, capture_output=True, text=True).stdout

def changed_upstream(kind):
    # --no-renames: a file the instructor renamed counts as deleted and added, which the steps below handle.
    return [f for f in git('diff', '--name-only', '--no-renames', '-z', '--diff-filter=' + kind, 'HEAD', 'FETCH_HEAD').split('\\0') if f]

def same_repo():
    tidy = lambda url: url.strip().lower().rstrip('/')
    try:
        # The address as cloned, not as rewritten by an insteadOf rule (which get-url applies).
        return tidy(git('config', '--get', 'remote.origin.url')) in (tidy(REPO), tidy(REPO) + '.git')
    except subprocess.CalledProcessError:
        return False

def update():
    try:
        git('fetch', 'origin', BRANCH or 'HEAD')
    except subprocess.CalledProcessError as e:
        print(e.stderr.strip())
        print(MSG['cellOffline'], CLONE)
        return
    gone = changed_upstream('D')
    for f in git('ls-files', '--deleted', '-z').split('\\0'):
        if f:
            git('checkout', 'HEAD' if f in gone else 'FETCH_HEAD', '--', f)
    if git('status', '--porcelain', '--untracked-files=no').strip():
        git(*ME, 'commit', '-a', '-q', '--no-verify', '-m', COMMIT)
    for f in changed_upstream('A'):
        # The attendee's own file where the instructor adds one, or where its folder goes, is kept under a dated name.
        path = os.path.join(CLONE, f)
        while path != CLONE and not os.path.lexists(path):
            path = os.path.dirname(path)
        if path != CLONE and not os.path.isdir(path):
            stem, ext = os.path.splitext(path)
            aside = stem + time.strftime('__%Y%m%d%H%M%S') + ext
            os.rename(path, aside)
            print(MSG['cellKept'], os.path.relpath(aside, CLONE))
    try:
        git(*ME, 'merge', '-Xours', '--no-edit', '--no-verify', 'FETCH_HEAD')
    except subprocess.CalledProcessError as e:
        if 'CONFLICT' not in e.stdout:
            # Never left half-merged: the folder stays as the attendee had it.
            subprocess.run(['git', 'merge', '--abort'], cwd=CLONE, env=ENV, capture_output=True)
            print((e.stderr or e.stdout).strip())
            problems.append(MSG['cellMergeFailed'])
            return
        # What -Xours leaves open (a file the attendee edited or deleted, the instructor deleted or renamed): keep the folder as it is.
        git('add', '-u')
        git(*ME, 'commit', '-q', '--no-edit', '--no-verify')
    print(MSG['cellUpdated'], CLONE)

try:
    os.makedirs(ROOT, exist_ok=True)
    if os.path.isdir(os.path.join(CLONE, '.git')) and same_repo():
        update()
    elif os.path.lexists(CLONE) and not (os.path.isdir(CLONE) and not os.listdir(CLONE)):
        problems.append(MSG['cellNotOurs'] + ' ' + CLONE)
    else:
        # Cloned beside, then moved into place: an interrupted download leaves no half copy to trip over.
        partial = CLONE + '.partial'
        shutil.rmtree(partial, ignore_errors=True)
        subprocess.run(['git', 'clone', *(['--branch', BRANCH] if BRANCH else []), '--', REPO, partial], env=ENV, check=True, capture_output=True, text=True)
        if os.path.isdir(CLONE):
            os.rmdir(CLONE)
        os.rename(partial, CLONE)
        print(MSG['cellCloned'], CLONE)
    if not problems:
        os.chdir(WORKDIR if os.path.isdir(WORKDIR) else CLONE)
except (subprocess.CalledProcessError, OSError) as e:
    if isinstance(e, FileNotFoundError) and e.filename == 'git':
        problems.append(MSG['cellNoGit'])
    else:
        print((getattr(e, 'stderr', None) or str(e)).strip())
        problems.append(MSG['cellFailed'])`;

const CHECK = `print(MSG['cellPython'], sys.version.split()[0])
try:
    import tensorflow as tf
    print(MSG['cellTf'], tf.__version__)
except ImportError:
    print(MSG['cellTf'], MSG['cellTfMissing'])
gpu = shutil.which('nvidia-smi') and subprocess.run(['nvidia-smi', '-L'], capture_output=True).returncode == 0
print(MSG['cellGpu'], MSG['cellYes'] if gpu else MSG['cellNo'])
files = sorted(f for f in os.listdir(CLONE) if not f.startswith('.')) if os.path.isdir(CLONE) else []
if files:
    print(MSG['cellFiles'], CLONE + ':', ', '.join(files))
else:
    problems.append(MSG['cellNoFiles'] + ' ' + CLONE)
print(problems[0] if problems else MSG['cellReady'])`;

/** The sync and check programs, as `QuickText.program` carries them. */
export const CELL_PROGRAM: CellProgram = { sync: SYNC, check: CHECK };
