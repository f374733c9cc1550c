/**
 * Parsing of the workshop details a link or a field may carry: repository URL, branch, Drive
 * folder and notebook path. Every parser is a whitelist: a value either matches a small,
 * shell-inert character set or is refused, so commands are rebuilt from parsed parts and no
 * byte of a refused value can reach them. Never throws.
 */
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
	 * `https://<host>/<owner>/<name>[.git]`, no trailing slash. A `.git` the reader wrote is kept
	 * (commands then show the URL as they gave it); `name` never has it, since the clone's folder does not.
	 */
	url: string;
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
export const MAX_REPO_URL = 200;
export const MAX_PATH = 100;

// GitHub's owner rule: starts with a letter or digit, at most 39 characters.
const OWNER = '[A-Za-z0-9][A-Za-z0-9-]{0,38}';
const NAME = '[A-Za-z0-9._-]{1,100}';
const REPO_URL = new RegExp(`^https://(${REPO_HOSTS.map((h) => h.replace('.', '\\.')).join('|')})/(${OWNER})/(${NAME})/?$`);
const SEGMENT = /^[A-Za-z0-9._-]+$/;

const refuse = (raw: string): Parsed<never> => ({ ok: false, reason: raw === '' ? 'empty' : 'rejected' });

/** A name git and the hosts accept and no shell reads as an option or a path trick. */
function isSafeName(name: string): boolean {
	return name !== '' && !name.startsWith('-') && !name.startsWith('.') && !name.includes('..');
}

/**
 * Parses `https://<host>/<owner>/<name>[.git][/]` on an allowed host. Scheme and host must be
 * exactly lowercase ASCII: a homoglyph, punycode, `user@`, port, query or fragment fails the
 * pattern, which anchors at both ends.
 */
export function parseRepoUrl(raw: string): Parsed<RepoRef> {
	const text = raw.trim();
	if (text === '' || text.length > MAX_REPO_URL) return text === '' ? refuse('') : { ok: false, reason: 'too-large' };
	const match = REPO_URL.exec(text);
	if (!match) return refuse(text);
	const [, host, owner = '', rawName = ''] = match;
	const name = rawName.endsWith('.git') ? rawName.slice(0, -4) : rawName;
	if (!isSafeName(name)) return refuse(text);
	return { ok: true, value: { host: host as RepoHost, owner, name, url: `https://${host}/${owner}/${rawName}` } };
}

/** Parses a branch name: `[A-Za-z0-9._/-]`, no leading `-`, no `..`, `//`, trailing `/` or `.lock`. */
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
		!text.endsWith('.lock');
	return ok ? { ok: true, value: text } : refuse(text);
}

/** Segments of `[A-Za-z0-9._-]` joined by `/`, none empty, `.`/`..` or starting with `-`. */
function parseSegments(raw: string, last?: RegExp): Parsed<string> {
	const text = raw.trim();
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
