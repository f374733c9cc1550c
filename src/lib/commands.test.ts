import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { buildStep, buildSteps, effectiveBranch, fillCommand, fillLink, resolveParts, type SetupInput, type SetupParts } from './commands';
import { parseBranch, parseFolder, parseRepoUrl } from './repo';
import { SETUP_PLATFORMS } from '../../test/fixtures/setup-test-data';

const DEFAULTS: SetupInput = { repo: '', branch: '', folder: '', notebook: '' };
const parts = (input: Partial<SetupInput> = {}) => resolveParts({ ...DEFAULTS, ...input });

/** Every command text and link of every platform, for `parts`. */
function allOutput(p: SetupParts): string[] {
	return SETUP_PLATFORMS.flatMap((platform) =>
		buildSteps([...platform.steps, ...(platform.check ? [platform.check] : [])], p).flatMap((s) => [
			...s.commands.map((c) => c.text),
			...(s.link ? [s.link.href] : []),
		]),
	);
}
const commandsOf = (id: string, p: SetupParts) =>
	buildSteps(SETUP_PLATFORMS.find((x) => x.id === id)?.steps ?? [], p).flatMap((s) => s.commands.map((c) => c.text));

describe('resolveParts', () => {
	test('uses the workshop repository and its layout by default', () => {
		expect(parts()).toMatchObject({
			repo: { url: 'https://github.com/ryanmark1867/dl_structured_data_hands_on' },
			isDefaultRepo: true,
			branch: '',
			folder: 'dl_workshop',
			notebook: 'notebooks/streetcar_model_training.ipynb',
		});
	});

	test('drops the default notebook for another repository', () => {
		expect(parts({ repo: 'https://gitlab.com/a/b' }).notebook).toBe('');
	});

	test('takes the branch and the notebook a notebook page names where the fields give none', () => {
		const page = 'https://github.com/acme/k/blob/main/nb/day1.ipynb';
		expect(parts({ repo: page })).toMatchObject({ repo: { url: 'https://github.com/acme/k' }, branch: 'main', notebook: 'nb/day1.ipynb' });
		expect(parts({ repo: page, notebook: 'x.ipynb', branch: 'dev' })).toMatchObject({ branch: 'dev', notebook: 'x.ipynb' });
		// The Colab step opens that notebook on that branch.
		expect(allOutput(parts({ repo: page })).join('\n')).toContain('github/acme/k/blob/main/nb/day1.ipynb');
	});

	test.each([
		{ input: { repo: 'https://evil.example/a/b' }, key: 'repo' },
		{ input: { branch: 'a;b' }, key: 'branch' },
		{ input: { folder: 'My Drive' }, key: 'folder' },
		{ input: { notebook: 'x.py' }, key: 'notebook' },
	])('falls back to the default $key for a refused value', ({ input, key }) => {
		expect(parts(input)[key as keyof SetupParts]).toEqual(parts()[key as keyof SetupParts]);
	});

	test.each([
		{ input: {}, branch: 'master' },
		{ input: { branch: 'dev' }, branch: 'dev' },
		{ input: { repo: 'https://github.com/a/b' }, branch: 'HEAD' },
	])('pulls branch $branch', ({ input, branch }) => {
		expect(effectiveBranch(parts(input))).toBe(branch);
	});
});

describe('fillCommand', () => {
	test.each([
		{
			template: 'git clone {branchArgs}{repoUrl}',
			shell: 'posix',
			input: {},
			expected: 'git clone https://github.com/ryanmark1867/dl_structured_data_hands_on',
		},
		{
			template: 'git clone {branchArgs}{repoUrl}',
			shell: 'posix',
			input: { branch: 'dev' },
			expected: 'git clone -b dev https://github.com/ryanmark1867/dl_structured_data_hands_on',
		},
		{
			template: '!git clone {branchArgs}{repoUrl}',
			shell: 'ipython',
			input: { repo: 'https://codeberg.org/x/y.git' },
			expected: '!git clone https://codeberg.org/x/y',
		},
		{
			template: '%cd "/content/drive/MyDrive/{folder}/{workdir}"',
			shell: 'ipython',
			input: { folder: 'a/b' },
			expected: '%cd "/content/drive/MyDrive/a/b/dl_structured_data_hands_on/notebooks"',
		},
		{ template: 'cd {name}', shell: 'powershell', input: { repo: 'https://github.com/a/b.c' }, expected: 'cd b.c' },
	] as const)('fills $template for $shell', ({ template, shell, input, expected }) => {
		expect(fillCommand(template, shell, parts(input))).toBe(expected);
	});

	test('refuses an unknown placeholder', () => {
		expect(() => fillCommand('echo {nope}', 'posix', parts())).toThrow(/nope/);
	});
});

describe('fillLink', () => {
	test('encodes a branch with a slash in a Binder link', () => {
		expect(fillLink('https://mybinder.org/v2/gh/{owner}/{name}/{branchEncoded}', parts({ branch: 'a/b' }))).toBe(
			'https://mybinder.org/v2/gh/ryanmark1867/dl_structured_data_hands_on/a%2Fb',
		);
	});
	test('refuses a result that is not an https link', () => {
		expect(fillLink('{repoUrl}x', parts())).toBe('https://github.com/ryanmark1867/dl_structured_data_hands_onx');
		expect(fillLink('javascript:{name}', parts())).toBeUndefined();
	});
});

describe('platform setup data', () => {
	test('has steps for every platform', () => {
		expect(SETUP_PLATFORMS.map((p) => p.id)).toEqual(['colab', 'cocalc', 'local', 'kaggle', 'studio-lab', 'codespaces', 'binder']);
	});

	test.each(SETUP_PLATFORMS)('$id builds every step for the default and for other repositories', (platform) => {
		for (const input of [{}, { repo: 'https://gitlab.com/a/b', branch: 'feature/x', folder: 'f', notebook: 'n/x.ipynb' }]) {
			const steps = buildSteps([...platform.steps, ...(platform.check ? [platform.check] : [])], parts(input));
			for (const step of steps) expect(JSON.stringify(step), step.id).not.toMatch(/\{[A-Za-z]+\}/);
		}
	});

	test.each(SETUP_PLATFORMS)('$id uses each step id once', (platform) => {
		const ids = [...platform.steps, ...(platform.check ? [platform.check] : [])].map((s) => s.id);
		expect(new Set(ids).size).toBe(ids.length);
	});

	test('gives CoCalc the article’s three commands', () => {
		expect(commandsOf('cocalc', parts({ branch: 'master' })).slice(0, 3)).toEqual([
			'git init',
			'git remote add origin https://github.com/ryanmark1867/dl_structured_data_hands_on',
			'git pull origin master',
		]);
	});

	test('gives Colab a Drive mount, a cd and a clone', () => {
		const commands = commandsOf('colab', parts());
		expect(commands).toContain("from google.colab import drive\ndrive.mount('/content/drive')");
		expect(commands).toContain('!mkdir -p "/content/drive/MyDrive/dl_workshop"\n%cd "/content/drive/MyDrive/dl_workshop"');
		expect(commands).toContain('!git clone https://github.com/ryanmark1867/dl_structured_data_hands_on');
	});

	test('offers Open in Colab only for GitHub repositories with a notebook', () => {
		const colab = SETUP_PLATFORMS.find((p) => p.id === 'colab')?.steps ?? [];
		const links = (input: Partial<SetupInput>) =>
			buildSteps(colab, parts(input)).flatMap((s) => (s.link && s.link.href.includes('/github/') ? [s.link.href] : []));
		expect(links({})).toEqual([
			'https://colab.research.google.com/github/ryanmark1867/dl_structured_data_hands_on/blob/master/notebooks/streetcar_model_training.ipynb',
		]);
		expect(links({ repo: 'https://github.com/a/b' })).toEqual([]);
		expect(links({ repo: 'https://gitlab.com/a/b', notebook: 'x.ipynb' })).toEqual([]);
	});
});

describe('platforms that open a repository by its host', () => {
	const stepsFor = (id: string, input: Partial<SetupInput>) =>
		buildSteps(SETUP_PLATFORMS.find((p) => p.id === id)?.steps ?? [], parts(input));

	test.each([
		{ repo: 'https://github.com/a/b', branch: 'dev', href: 'https://mybinder.org/v2/gh/a/b/dev' },
		{
			repo: 'https://gitlab.com/a/b',
			branch: 'feature/x',
			href: 'https://mybinder.org/v2/git/https%3A%2F%2Fgitlab.com%2Fa%2Fb/feature%2Fx',
		},
		{ repo: 'https://codeberg.org/a/b', branch: '', href: 'https://mybinder.org/v2/git/https%3A%2F%2Fcodeberg.org%2Fa%2Fb/HEAD' },
		{ repo: 'https://bitbucket.org/a/b.c', branch: 'main', href: 'https://mybinder.org/v2/git/https%3A%2F%2Fbitbucket.org%2Fa%2Fb.c/main' },
	])('Binder launches $repo with one link', ({ repo, branch, href }) => {
		const links = stepsFor('binder', { repo, branch }).flatMap((s) => (s.link ? [s.link.href] : []));
		expect(links).toEqual([href]);
	});

	test.each([
		{ branch: 'feature/x', href: 'https://github.com/a/b/tree/feature/x' },
		// No branch named: the repository's page, which shows its default branch.
		{ branch: '', href: 'https://github.com/a/b' },
	])('Codespaces opens the branch it says to create the codespace on ($branch)', ({ branch, href }) => {
		const links = stepsFor('codespaces', { repo: 'https://github.com/a/b', branch }).flatMap((s) => (s.link ? [s.link.href] : []));
		expect(links).toEqual([href]);
	});

	test.each([
		{
			input: { repo: 'https://github.com/a/b', branch: 'week-2', notebook: 'notebooks/01_intro.ipynb' },
			href: 'https://mybinder.org/v2/gh/a/b/week-2?urlpath=lab%2Ftree%2Fnotebooks%2F01_intro.ipynb',
		},
		{
			input: { repo: 'https://gitlab.com/g.x/b', branch: 'dev', notebook: 'x.ipynb' },
			href: 'https://mybinder.org/v2/git/https%3A%2F%2Fgitlab.com%2Fg.x%2Fb/dev?urlpath=lab%2Ftree%2Fx.ipynb',
		},
		// No notebook named for another repository: Binder opens its file list.
		{ input: { repo: 'https://github.com/a/b' }, href: 'https://mybinder.org/v2/gh/a/b/HEAD' },
	])('Binder opens the notebook the link names ($href)', ({ input, href }) => {
		const links = stepsFor('binder', input).flatMap((s) => (s.link ? [s.link.href] : []));
		expect(links).toEqual([href]);
	});

	test('Codespaces says it needs GitHub for a repository elsewhere, and only then', () => {
		const ids = (repo: string) => stepsFor('codespaces', { repo }).map((s) => s.id);
		expect(ids('https://gitlab.com/a/b')).toEqual(['github-only', 'update']);
		expect(ids('https://github.com/a/b')).not.toContain('github-only');
		expect(stepsFor('codespaces', { repo: 'https://codeberg.org/a/b' })[0]?.body).toContain('codeberg.org');
	});
});

describe('commands from any input', () => {
	const defaults = allOutput(parts());
	const hostile = fc.oneof(
		fc.string({ maxLength: 60 }),
		fc.string({ unit: 'binary', maxLength: 60 }),
		fc.string({ maxLength: 30 }).map((s) => `https://github.com/a/${s}`),
		fc.string({ maxLength: 30 }).map((s) => `https://github.com/${s}/b`),
		fc.string({ maxLength: 30 }).map((s) => `https://github.com/a/b${s}`),
		fc
			.constantFrom(';', '&&', '|', '$(', '`', '\n', '{', '$', "'", '"', ' ', '\u202E')
			.chain((sep) => fc.string({ maxLength: 20 }).map((s) => `https://github.com/a/b${sep}${s}`)),
	);

	test.each([
		{
			key: 'repo',
			parse: (raw: string) => {
				const p = parseRepoUrl(raw);
				return p.ok ? { ok: true as const, value: p.value.url } : p;
			},
		},
		{ key: 'branch', parse: parseBranch },
		{ key: 'folder', parse: parseFolder },
	] as const)('uses a $key that passed validation, or the default, never other input text', ({ key, parse }) => {
		fc.assert(
			fc.property(hostile, (raw) => {
				const output = allOutput(parts({ [key]: raw }));
				const parsed = parse(raw);
				if (!parsed.ok) {
					expect(output).toEqual(defaults);
					return;
				}
				// The value used is the validated one: building from it directly gives the same commands.
				expect(output).toEqual(allOutput(parts({ [key]: parsed.value })));
				expect(parse(parsed.value)).toEqual(parsed);
			}),
			{ numRuns: 400 },
		);
	});

	test('names the default repository’s files under Expected only for that repository', () => {
		for (const platform of SETUP_PLATFORMS) {
			if (!platform.check) continue;
			const forDefault = buildStep(platform.check, parts()).expected ?? '';
			const forOther = buildStep(platform.check, parts({ repo: 'https://github.com/acme/keras-101' })).expected ?? '';
			expect(forOther, platform.id).not.toMatch(/pipelines/);
			if (platform.check.expectedDefault) expect(forDefault, platform.id).toMatch(/README\.md.*pipelines/);
			expect(forDefault.startsWith(forOther), `${platform.id}: the general sentence comes first`).toBe(true);
		}
	});

	test('tells only the default repository’s attendees that it has no requirements.txt', () => {
		const steps = SETUP_PLATFORMS.flatMap((p) => p.steps.map((step) => ({ id: p.id, step })));
		expect(steps.filter(({ step }) => step.bodyDefault).length, 'the install steps say it').toBeGreaterThan(2);
		for (const { id, step } of steps) {
			const forDefault = buildStep(step, parts()).body ?? '';
			const forOther = buildStep(step, parts({ repo: 'https://github.com/acme/keras-101' })).body ?? '';
			expect(forOther, `${id} ${step.id}`).not.toMatch(/repository has none/);
			if (!step.bodyDefault) continue;
			expect(forDefault, `${id} ${step.id}: the general sentence, then the default’s`).toBe(`${forOther} ${step.bodyDefault}`);
			expect(forDefault, `${id} ${step.id}`).toMatch(/2020 workshop repository has none/);
		}
	});

	test('gives every quick setup and the first notebook step a link to open the platform', () => {
		for (const id of ['colab', 'kaggle', 'studio-lab', 'cocalc']) {
			const platform = SETUP_PLATFORMS.find((p) => p.id === id);
			expect(platform?.quick?.link?.template, id).toMatch(/^https:\/\//);
			expect(buildSteps(platform?.steps ?? [], parts()).find((s) => s.link)?.link?.href, id).toMatch(/^https:\/\//);
		}
		expect(buildSteps(SETUP_PLATFORMS[0]?.steps ?? [], parts())[0]?.link?.href).toBe('https://colab.research.google.com/#create=true');
	});

	test('marks Colab’s “open straight from GitHub” as optional, and nothing else there', () => {
		const colab = SETUP_PLATFORMS.find((p) => p.id === 'colab')?.steps ?? [];
		expect(
			buildSteps(colab, parts())
				.filter((s) => s.optional)
				.map((s) => s.id),
		).toEqual(['open-in-colab']);
	});
});
