/**
 * Parsing of the workshop details a link or a field may carry: repository URL, branch, Drive
 * folder and notebook path. Every parser is a whitelist: a value either matches a small,
 * shell-inert character set or is refused, so commands are rebuilt from parsed parts and no
 * byte of a refused value can reach them. Never throws.
 */
import { FORGE_RESERVED_OWNERS, GITHUB_RESERVED_OWNERS, GITLAB_ROUTES } from './reserved-owners';
import type { Parsed } from './query';

/** Hosts a repository link may point to, compared exactly (lowercase ASCII, no port, no userinfo). */
export const REPO_HOSTS = ['github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org'] as const;
export type RepoHost = (typeof REPO_HOSTS)[number];

/** A repository, rebuilt from its parsed parts. */
export interface RepoRef {
	host: RepoHost;
	owner: string;
	name: string;
	/**
	 * `https://<host>/<owner>/<name>`, no trailing slash and no `.git`: GitHub's "Code" button adds
	 * one, and the same repository must give the same commands either way (a re-run of the cell
	 * recognises its copy by this address).
	 */
	url: string;
}

/** A repository link as read: the repository, plus the branch (and notebook) a page's address named. */
export interface RepoLink extends RepoRef {
	branch?: string;
	notebook?: string | undefined;
}

/** The article's workshop repository and its layout. */
export const DEFAULT_REPO: Readonly<RepoRef> = {
	host: 'github.com',
	owner: 'ryanmark1867',
	name: 'dl_structured_data_hands_on',
	url: 'https://github.com/ryanmark1867/dl_structured_data_hands_on',
};
export const DEFAULT_BRANCH = 'master';
export const DEFAULT_FOLDER = 'dl_workshop';
export const DEFAULT_NOTEBOOK = 'notebooks/streetcar_model_training.ipynb';

/** Longest accepted values; anything longer is refused before any pattern runs (10 KB links). */
const MAX_REPO_URL = 200;
export const MAX_PATH = 100;

// Owners: GitLab, Codeberg and Bitbucket also allow dots and underscores (`my.group`, `team_x`);
// GitHub's rule is narrower (`GITHUB_OWNER`). Either way the same shell-inert set as a name.
const OWNER = '[A-Za-z0-9_][A-Za-z0-9._-]{0,99}';
/** GitHub's owner rule: letters, digits and hyphens, starting with a letter or digit, at most 39 characters. */
const GITHUB_OWNER = /^[A-Za-z0-9][A-Za-z0-9-]{0,38}$/;
const NAME = '[A-Za-z0-9._-]{1,100}';
// Every dot escaped: an unescaped one would let `githubxcom` through.
const HOSTS = REPO_HOSTS.map((h) => h.replaceAll('.', '\\.')).join('|');
// GitLab nests a group under up to 20 others (`group/subgroup/project`): the owner is every segment but the last.
const REPO_URL = new RegExp(`^https://(${HOSTS})/(${OWNER}(?:/${OWNER}){0,20})/(${NAME})/?$`);
/** `https://<host>/<owner>/<name>/<rest>`: a page inside a repository, checked against `TREE_PATHS`. */
const REPO_PAGE = new RegExp(`^(https://(?:${HOSTS})/${OWNER}/${NAME})/(.+)$`);
/** A GitLab page inside a project, of any depth of groups: the project ends where `/-/` starts. */
const GITLAB_PAGE = /^(https:\/\/gitlab\.com\/[^?#]+?)\/(-\/.+)$/;
const BARE_HOST = new RegExp(`^(?:${HOSTS})/`);
const SEGMENT = /^[A-Za-z0-9._-]+$/;

/** Where each host's web pages name a branch after `<owner>/<name>/` (browsing a branch). */
export const TREE_PATHS: Readonly<Record<RepoHost, readonly string[]>> = {
	'github.com': ['tree/'],
	'gitlab.com': ['-/tree/', 'tree/'],
	'codeberg.org': ['src/branch/'],
	'bitbucket.org': ['src/'],
};

/** Where a host's page of one file differs from its branch page (Codeberg and Bitbucket use the same path for both). */
const FILE_PATHS: Readonly<Partial<Record<RepoHost, readonly string[]>>> = {
	'github.com': ['blob/'],
	'gitlab.com': ['-/blob/', 'blob/'],
};

/**
 * A path ending in a file's name: a notebook's, script's or data file's extension, or a
 * well-known file without one. Codeberg and Bitbucket show a file and a branch at the same kind
 * of path, and such a page of another branch does not say where the branch's name ends.
 * Extensions only: `v1.2` or `release/1.x` stay branch names.
 */
const FILE_NAME =
	/(?:\.(?:ipynb|py|pyi|r|rmd|qmd|jl|m|sql|js|mjs|ts|go|rs|c|h|cpp|java|md|rst|txt|csv|tsv|json|xml|ya?ml|toml|cfg|ini|sh|html?|css|pdf|png|jpe?g|gif|svg|zip|gz|tar|pkl|h5|hdf5|npy|npz|parquet|xlsx?|pt|onnx)|(?:^|\/)(?:Makefile|Dockerfile|LICENSE|README|CITATION|Procfile|Pipfile))$/i;

const refuse = (raw: string): Parsed<never> => ({ ok: false, reason: raw === '' ? 'empty' : 'rejected' });

/** A name git and the hosts accept and no shell reads as an option or a path trick. */
function isSafeName(name: string): boolean {
	return name !== '' && !name.startsWith('-') && !name.startsWith('.') && !name.includes('..');
}

/** The branch names hosts give a new repository. */
const DEFAULT_BRANCHES = ['main', 'master'];

/**
 * The unambiguous ways of writing a repository link, rewritten to `https://<host>/<owner>/<name>`
 * plus what the page names: a bare allowed host gets `https://`; a branch page (`/tree/<branch>`
 * and the other hosts' forms in `TREE_PATHS`) gives its branch; a page inside `main` or `master`
 * gives that branch, and the notebook when it is one (`/tree/main/notebooks`,
 * `/blob/main/notebooks/x.ipynb`). Anything else, such as a file page of another branch (whose
 * name could hold slashes, `FILE_NAME`), is returned unchanged.
 */
function normaliseRepoText(text: string): { text: string; branch?: string; notebook?: string | undefined } {
	// GitLab's address bar ends a branch or file page in `?ref_type=heads`: the same page without it.
	const full = (BARE_HOST.test(text) ? `https://${text}` : text).replace(
		/^(https:\/\/gitlab\.com\/[^?#]+\/-\/(?:tree|blob)\/[^?#]+)\?ref_type=heads$/,
		'$1',
	);
	const [, repo = '', rest = ''] = GITLAB_PAGE.exec(full) ?? REPO_PAGE.exec(full) ?? [];
	// A page of a `.git` address does not exist: left as is, so it is refused.
	if (!repo || repo.endsWith('.git')) return { text: full };
	const host = repo.split('/')[2] as RepoHost;
	const tree = TREE_PATHS[host].find((p) => rest.startsWith(p));
	const prefix = tree ?? FILE_PATHS[host]?.find((p) => rest.startsWith(p));
	if (!prefix) return { text: full };
	const path = rest.slice(prefix.length).replace(/\/$/, '');
	const [first = '', ...more] = path.split('/');
	const inside = more.join('/');
	// Inside a default branch: git cannot hold both `main` and `main/notebooks` as branches.
	if (inside && DEFAULT_BRANCHES.includes(first))
		return { text: repo, branch: first, notebook: inside.endsWith('.ipynb') ? inside : undefined };
	// Any other branch page's path is the branch (`feature/x`); a file page's is not readable,
	// and on hosts whose file pages look like branch pages, a path ending in a file's name is one.
	const fileLike = !FILE_PATHS[host] && FILE_NAME.test(path);
	return tree && !fileLike ? { text: repo, branch: path } : { text: full };
}

/**
 * Parses `https://<host>/<owner>/<name>[.git][/]` on an allowed host, also written without
 * `https://` or as a branch page (see `normaliseRepoText`). Scheme and host must be exactly
 * lowercase ASCII: a homoglyph, punycode, `user@`, port, query or fragment fails the pattern,
 * which anchors at both ends. A host's own first segments (`github.com/apps`, `gitlab.com/groups`…) are not owners.
 * On GitLab the owner may be a group path (`group/subgroup`), and a project page's address is
 * read up to its `/-/`.
 */
export function parseRepoUrl(raw: string): Parsed<RepoLink> {
	const trimmed = raw.trim();
	if (trimmed === '' || trimmed.length > MAX_REPO_URL) return trimmed === '' ? refuse('') : { ok: false, reason: 'too-large' };
	const { text, branch, notebook } = normaliseRepoText(trimmed);
	const match = REPO_URL.exec(text);
	if (!match) return refuse(text);
	const [, host, owner = '', rawName = ''] = match;
	const name = rawName.endsWith('.git') ? rawName.slice(0, -4) : rawName;
	const groups = owner.split('/');
	// `b.git.git`: its address would read back as `b` (one `.git` is dropped), another repository.
	if (!isSafeName(name) || name.endsWith('.git') || !groups.every(isSafeName)) return refuse(text);
	// Only GitLab has subgroups. Below its top group its own page names are neither subgroups nor
	// projects, and a `src` subgroup is Codeberg's or Bitbucket's branch page pasted onto GitLab.
	if (groups.length > 1 && host !== 'gitlab.com') return refuse(text);
	const below = [...groups.slice(1), name].map((s) => s.toLowerCase());
	if (host === 'gitlab.com' && below.some((s, i) => GITLAB_ROUTES.has(s) || (s === 'src' && i < below.length - 1))) return refuse(text);
	if (host === 'github.com' && (!GITHUB_OWNER.test(owner) || GITHUB_RESERVED_OWNERS.has(owner.toLowerCase()))) return refuse(text);
	if (FORGE_RESERVED_OWNERS[host as RepoHost]?.has((groups[0] ?? '').toLowerCase())) return refuse(text);
	const ref: RepoRef = { host: host as RepoHost, owner, name, url: `https://${host}/${owner}/${name}` };
	if (branch === undefined) return { ok: true, value: ref };
	const parsedBranch = parseBranch(branch);
	// A page that names no notebook passes with a stand-in (a branch page has none to check).
	const parsedNotebook = parseNotebook(notebook ?? 'x.ipynb');
	if (!parsedBranch.ok || !parsedNotebook.ok) return refuse(text);
	return { ok: true, value: { ...ref, branch: parsedBranch.value, notebook: notebook && parsedNotebook.value } };
}

/**
 * Refs that deliver other people's code under the trusted repository's name: pull and merge
 * request heads (anyone can open one) and commit ids (forks' commits are served by the parent).
 * Case-insensitive, since refs resolve so on case-insensitive file systems.
 */
function isForeignRef(branch: string): boolean {
	if (/^refs\//i.test(branch) || /^[0-9a-f]{7,40}$/i.test(branch)) return true;
	const segments = branch.split('/');
	return segments.some((s, i) => /^(pull|pull-requests|merge-requests)$/i.test(s) && /^\d+$/.test(segments[i + 1] ?? ''));
}

/**
 * Parses a branch name: `[A-Za-z0-9._/-]`, no leading `-`, no `..`, `//`, trailing `/` or
 * component ending in `.lock`; never `HEAD` (git refuses it as a branch name), a `refs/…` path, a pull/merge-request
 * ref or a commit id (7–40 hex digits).
 */
export function parseBranch(raw: string): Parsed<string> {
	const text = raw.trim();
	if (text === '') return refuse('');
	if (text.length > MAX_PATH) return { ok: false, reason: 'too-large' };
	const ok =
		/^[A-Za-z0-9._/-]+$/.test(text) &&
		!/^[-/.]/.test(text) &&
		!text.includes('..') &&
		!text.includes('//') &&
		!text.includes('/.') &&
		!text.endsWith('/') &&
		!text.endsWith('.') &&
		// git's rule is per component: `x.lock/y` is refused as well as `x.lock`.
		!/\.lock(\/|$)/.test(text) &&
		text !== 'HEAD' &&
		!isForeignRef(text);
	return ok ? { ok: true, value: text } : refuse(text);
}

/**
 * Segments of `[A-Za-z0-9._-]` joined by `/`, none empty, `.`/`..` or starting with `-`. One
 * leading `/` (a path written from the repository's root) is dropped.
 */
function parseSegments(raw: string, last?: RegExp): Parsed<string> {
	const text = raw.trim().replace(/^\//, '');
	if (text === '') return refuse('');
	if (text.length > MAX_PATH) return { ok: false, reason: 'too-large' };
	const segments = text.split('/');
	const ok = segments.every((s) => SEGMENT.test(s) && !s.startsWith('-') && s !== '.' && s !== '..');
	return ok && (!last || last.test(segments[segments.length - 1] ?? '')) ? { ok: true, value: text } : refuse(text);
}

/** Parses a Google Drive folder under MyDrive. No spaces: Colab's Drive mount cannot take them. */
export function parseFolder(raw: string): Parsed<string> {
	return parseSegments(raw);
}

/** Parses a notebook path inside the repository, ending in `.ipynb`. */
export function parseNotebook(raw: string): Parsed<string> {
	return parseSegments(raw, /^[^.].*\.ipynb$/);
}
