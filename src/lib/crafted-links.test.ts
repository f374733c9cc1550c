import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildSteps, resolveParts, type SetupInput } from './commands';
import { CRAFTED_LINKS } from '../../test/fixtures/crafted-links';
import { cleanClipboardText } from './clipboard';
import { parseDate, parseLinkParams } from './prep-link';
import { GITHUB_RESERVED_OWNERS } from './reserved-owners';
import { parseFolder, parseNotebook, parseRepoUrl, TREE_PATHS, type RepoLink } from './repo';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';

/** Every command (as copied) and link the pages would show for `input`. */
function output(input: SetupInput): string[] {
	const parts = resolveParts(input);
	return SETUP_PLATFORMS.flatMap((p) =>
		buildSteps([...p.steps, ...(p.check ? [p.check] : [])], parts).flatMap((s) => [
			...s.commands.map((c) => cleanClipboardText(c.text)),
			...s.commands.map((c) => c.text),
			...(s.link ? [s.link.href] : []),
		]),
	);
}
const DEFAULT_OUTPUT = output({ repo: '', branch: '', folder: '', notebook: '' });

describe('crafted links', () => {
	test('hold at least 100 links with distinct names', () => {
		expect(CRAFTED_LINKS.length).toBeGreaterThanOrEqual(100);
		expect(new Set(CRAFTED_LINKS.map((l) => l.name)).size).toBe(CRAFTED_LINKS.length);
	});

	test.each(CRAFTED_LINKS)('$name: the payload is not in the default commands', ({ payload }) => {
		expect(DEFAULT_OUTPUT.join('\n')).not.toContain(payload);
	});

	test.each(CRAFTED_LINKS)('$name: refuses exactly the expected parameters', ({ query, refused }) => {
		const { notices } = parseLinkParams(new URLSearchParams(query));
		expect(notices.map((n) => n.param).sort()).toEqual([...refused].sort());
	});

	test.each(CRAFTED_LINKS)('$name: no command or link carries the payload', ({ query, payload }) => {
		const { details } = parseLinkParams(new URLSearchParams(query));
		const commands = output({
			repo: details.repo ?? '',
			branch: details.branch ?? '',
			folder: details.folder ?? '',
			notebook: details.notebook ?? '',
		});
		for (const text of commands) expect(text).not.toContain(payload);
	});

	test.each(CRAFTED_LINKS)('$name: a title, if accepted, has no invisible characters', ({ query }) => {
		const { details } = parseLinkParams(new URLSearchParams(query));
		expect(details.title ?? '').not.toMatch(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u0000-\u001F]/u);
	});
});

/** Every command and link for a link's query, as the pages would build them. */
function outputFor(query: URLSearchParams): string {
	const { details } = parseLinkParams(query);
	return output({
		repo: details.repo ?? '',
		branch: details.branch ?? '',
		folder: details.folder ?? '',
		notebook: details.notebook ?? '',
	}).join('\n');
}

/** `s` with each letter's case chosen by the generator. */
const anyCase = (s: string) =>
	fc
		.array(fc.boolean(), { minLength: s.length, maxLength: s.length })
		.map((up) => [...s].map((c, i) => (up[i] ? c.toUpperCase() : c)).join(''));
const segment = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_-]{0,8}$/);

describe('refused classes, generated', () => {
	const pullRef = fc
		.tuple(
			fc.option(fc.constantFrom('refs', 'x', 'origin'), { nil: undefined }),
			fc.constantFrom('pull', 'merge-requests', 'pull-requests').chain(anyCase),
			fc.nat({ max: 99_999 }),
			fc.option(segment, { nil: undefined }),
		)
		.map(([prefix, kind, n, tail]) => [prefix, kind, String(n), tail].filter((p) => p !== undefined).join('/'));
	const refsPath = fc.array(segment, { minLength: 1, maxLength: 3 }).chain((s) => anyCase('refs').map((r) => [r, ...s].join('/')));
	const commitId = fc.stringMatching(/^[0-9a-fA-F]{7,40}$/);
	const reservedOwner = fc
		.tuple(fc.constantFrom(...GITHUB_RESERVED_OWNERS), segment)
		.map(([owner, name]) => `https://github.com/${owner}/${name}`);

	for (const [name, branch] of [
		['pull and merge request refs', pullRef],
		['refs/ paths', refsPath],
		['commit ids', commitId],
	] as const) {
		test(`${name} never reach a command or a link, as a branch or in a branch page`, () => {
			fc.assert(
				fc.property(
					branch,
					fc.constantFrom('github.com/a/b/tree/', 'https://gitlab.com/a/b/-/tree/', 'https://bitbucket.org/a/b/src/'),
					(ref, page) => {
						const direct = new URLSearchParams({ platform: 'cocalc', branch: ref });
						expect(parseLinkParams(direct).notices.map((n) => n.param)).toEqual(['branch']);
						const viaPage = new URLSearchParams({ repo: `${page}${ref}` });
						expect(parseLinkParams(viaPage).notices.map((n) => n.param)).toEqual(['repo']);
						for (const query of [direct, viaPage]) expect(outputFor(query)).not.toContain(ref);
					},
				),
				{ numRuns: 150 },
			);
		});
	}

	test('GitHub’s reserved first segments never become a repository', () => {
		fc.assert(
			fc.property(reservedOwner, (url) => {
				expect(parseRepoUrl(url).ok).toBe(false);
				expect(outputFor(new URLSearchParams({ repo: url }))).not.toContain(url.slice('https://'.length));
			}),
			{ numRuns: 150 },
		);
	});

	test('no default-ignorable character or braille blank survives in a title or a notice', () => {
		const invisible = fc
			.integer({ min: 0, max: 0x10ffff })
			.map((c) => String.fromCodePoint(c))
			.filter((c) => /[\p{Default_Ignorable_Code_Point}\u2800\uFFF9-\uFFFB]/u.test(c));
		const text = fc
			.array(fc.oneof(invisible, fc.constantFrom('Deep', ' ', 'learning', '$&')), { minLength: 1, maxLength: 20 })
			.map((p) => p.join(''));
		fc.assert(
			fc.property(text, (title) => {
				const { details, notices } = parseLinkParams(new URLSearchParams({ title, repo: title }));
				for (const shown of [details.title ?? '', ...notices.map((n) => n.value)])
					expect(shown).not.toMatch(/[\p{Default_Ignorable_Code_Point}\u2800\uFFF9-\uFFFB]/u);
			}),
			{ numRuns: 300 },
		);
	});
});

describe('normalisation accepts the listed forms and nothing else', () => {
	/** Every listed spelling of an accepted repository (and the branch its page named). */
	function repoSpellings(value: RepoLink): string[] {
		const bases = [value.url, value.url.slice('https://'.length)];
		// The address may end in `.git` (GitHub's "Code" button); the parsed URL never does.
		if (value.branch === undefined) return bases.flatMap((b) => [b, `${b}/`, `${b}.git`, `${b}.git/`]);
		return bases.flatMap((b) => TREE_PATHS[value.host].flatMap((p) => [`${b}/${p}${value.branch}`, `${b}/${p}${value.branch}/`]));
	}
	/** Every listed spelling of a date: year first with any of - / . and one- or two-digit parts; day or month first only when one order is possible. */
	function dateSpellings(value: string): string[] {
		const [y = '', m = '', d = ''] = value.split('-');
		const forms: string[] = [];
		for (const sep of ['-', '/', '.'])
			for (const mm of new Set([m, String(Number(m))]))
				for (const dd of new Set([d, String(Number(d))])) {
					forms.push([y, mm, dd].join(sep));
					if (Number(d) > 12 || d === m) forms.push([dd, mm, y].join(sep));
					if (Number(d) > 12 || d === m) forms.push([mm, dd, y].join(sep));
				}
		return forms;
	}
	const pieces = fc.constantFrom(
		'https://',
		'http://',
		'//',
		'github.com',
		'gitlab.com',
		'codeberg.org',
		'bitbucket.org',
		'evil.example',
		'www.',
		'/',
		'/',
		'/',
		'a',
		'acme',
		'k-1',
		'apps',
		'tree',
		'-',
		'src',
		'branch',
		'blob',
		'refs',
		'pull',
		'1',
		'main',
		'dev',
		'.git',
		'..',
		'.',
		':',
		'@',
		'?',
		'#',
		' ',
		';',
		'0123abc',
		'A',
	);
	const tail = fc.constantFrom(
		'/',
		'/',
		'/',
		'tree',
		'-',
		'src',
		'branch',
		'blob',
		'main',
		'refs',
		'pull',
		'1',
		'0123abc',
		'.git',
		';',
		' ',
		'?x',
		'#y',
		'.',
	);
	const repoText = fc.oneof(
		fc.array(pieces, { minLength: 1, maxLength: 12 }).map((p) => p.join('')),
		// Shaped like a repository address, so that many are accepted and each tail is tried.
		fc
			.tuple(
				fc.constantFrom('https://', '', 'http://', '//', 'www.', ' '),
				fc.constantFrom('github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org', 'evil.example', 'GitHub.com', 'githubxcom'),
				fc.constantFrom('acme', 'apps', 'a', '-x', 'k-1', 'Orgs'),
				fc.constantFrom('k-1', 'b.git', '..', 'x', '.x'),
				fc.array(tail, { maxLength: 7 }),
			)
			.map(([scheme, host, owner, name, rest]) => `${scheme}${host}/${owner}/${name}${rest.join('')}`),
	);

	test('a repository is accepted only as one of its listed spellings', () => {
		let accepted = 0;
		fc.assert(
			fc.property(repoText, (raw) => {
				const parsed = parseRepoUrl(raw);
				if (!parsed.ok) return;
				accepted += 1;
				expect(repoSpellings(parsed.value)).toContain(raw.trim());
			}),
			{ numRuns: 3000 },
		);
		expect(accepted, 'the generator reaches accepted values').toBeGreaterThan(10);
	});

	test('a notebook or folder is accepted only as itself or with one leading slash', () => {
		const path = fc
			.array(fc.constantFrom('/', 'a', 'nb', '.', '..', '-', 'x.ipynb', ' ', '$'), { minLength: 1, maxLength: 8 })
			.map((p) => p.join(''));
		fc.assert(
			fc.property(path, (raw) => {
				for (const parsed of [parseNotebook(raw), parseFolder(raw)])
					if (parsed.ok) expect([parsed.value, `/${parsed.value}`]).toContain(raw.trim());
			}),
			{ numRuns: 2000 },
		);
	});

	test('a date is accepted only as one of its listed spellings', () => {
		const text = fc
			.tuple(
				fc.integer({ min: 0, max: 2101 }),
				fc.integer({ min: 0, max: 40 }),
				fc.integer({ min: 0, max: 40 }),
				fc.constantFrom('-', '/', '.', ' '),
				fc.boolean(),
			)
			.map(([a, b, c, sep, yearFirst]) => (yearFirst ? [a, b, c] : [b, c, a]).map(String).join(sep));
		fc.assert(
			fc.property(text, (raw) => {
				const parsed = parseDate(raw);
				if (parsed.ok) expect(dateSpellings(parsed.value)).toContain(raw.trim());
			}),
			{ numRuns: 3000 },
		);
	});

	test('every value the corpus refuses stays refused when written in a normalised form', () => {
		// Orphaned values are valid on their own: the link's other parameters are why they are not used.
		for (const link of CRAFTED_LINKS.filter((l) => l.refused.length > 0 && l.kind !== 'orphaned values')) {
			const params = new URLSearchParams(link.query);
			for (const key of link.refused) {
				const values = params.getAll(key);
				if (values.length !== 1) continue;
				const value = values[0] ?? '';
				const variants =
					key === 'repo'
						? [value, `${value}/`, value.replace(/^https:\/\//, '')]
						: key === 'branch'
							? [`https://github.com/a/b/tree/${value}`, `github.com/a/b/tree/${value}`]
							: key === 'notebook' || key === 'folder'
								? [value, `/${value}`]
								: [value];
				const target = key === 'branch' ? 'repo' : key;
				for (const variant of variants)
					expect(
						parseLinkParams(new URLSearchParams({ [target]: variant })).notices.map((n) => n.param),
						`${link.name}: ${variant}`,
					).toEqual([target]);
			}
		}
	});
});
