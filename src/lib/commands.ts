/**
 * Setup commands, built from the platform data's templates and the workshop's parsed parts.
 * Every value is re-validated here, whatever the caller passes, and each placeholder is
 * quoted for the shell its template is typed into: the raw text of a link never reaches a
 * command, only the parts a whitelist accepted (or the defaults).
 */
import {
	DEFAULT_BRANCH,
	DEFAULT_FOLDER,
	DEFAULT_NOTEBOOK,
	DEFAULT_REPO,
	parseBranch,
	parseFolder,
	parseNotebook,
	parseRepoUrl,
	type RepoLink,
	type RepoRef,
} from './repo';
import { joinSpaced } from './fill';
import type { Parsed } from './query';
import { quoteFor, type ShellKind } from './shell-quote';
import type { SetupPlatform, StepText } from './setup-steps';
import type { LinkText, QuickData } from './setup-cell';

/** The workshop details as the store holds them: validated strings, '' for "use the default". */
export interface SetupInput {
	repo: string;
	branch: string;
	folder: string;
	notebook: string;
}

/** The details after validation, with defaults applied. */
export interface SetupParts {
	repo: RepoRef;
	isDefaultRepo: boolean;
	/** The branch the reader named, or '' (clone the repository's default branch). */
	branch: string;
	folder: string;
	/** '' when the repository is not the default one and no notebook was named. */
	notebook: string;
}

const valueOr = (parse: (raw: string) => Parsed<string>, raw: string, fallback: string): string => {
	const parsed = parse(raw);
	return parsed.ok ? parsed.value : fallback;
};

/** Validates every detail again; anything refused becomes its default. */
export function resolveParts(input: SetupInput): SetupParts {
	const parsed = parseRepoUrl(input.repo);
	const { branch: pageBranch = '', notebook: pageNotebook, ...repo }: RepoLink = parsed.ok ? parsed.value : DEFAULT_REPO;
	// Compared by parts: the same repository written with `.git` is still the default one.
	const isDefaultRepo = repo.host === DEFAULT_REPO.host && repo.owner === DEFAULT_REPO.owner && repo.name === DEFAULT_REPO.name;
	return {
		repo,
		isDefaultRepo,
		// A page's address (`…/tree/<branch>`, `…/blob/main/x.ipynb`) names the branch and notebook when the fields do not.
		branch: valueOr(parseBranch, input.branch, pageBranch),
		folder: valueOr(parseFolder, input.folder, DEFAULT_FOLDER),
		notebook: valueOr(parseNotebook, input.notebook, pageNotebook ?? (isDefaultRepo ? DEFAULT_NOTEBOOK : '')),
	};
}

/** The branch to pull or link to: the named one, the default repo's `master`, else the remote's `HEAD`. */
export function effectiveBranch(parts: SetupParts): string {
	return parts.branch || (parts.isDefaultRepo ? DEFAULT_BRANCH : 'HEAD');
}

/** Every placeholder a template may use, with its raw (unquoted) value. */
export function placeholders(parts: SetupParts): Record<string, string> {
	const branch = effectiveBranch(parts);
	const dir = parts.notebook.includes('/') ? parts.notebook.slice(0, parts.notebook.lastIndexOf('/')) : '';
	return {
		repoUrl: parts.repo.url,
		// Binder's generic git provider takes the whole address as one path segment.
		repoUrlEncoded: encodeURIComponent(parts.repo.url),
		host: parts.repo.host,
		owner: parts.repo.owner,
		name: parts.repo.name,
		branch,
		branchEncoded: encodeURIComponent(branch),
		// A branch page only for a branch the link names: GitHub's repository page is its default branch's.
		branchPage: parts.branch ? `/tree/${parts.branch}` : '',
		folder: parts.folder,
		notebook: parts.notebook,
		// Binder opens the notebook in JupyterLab when the launch link names it (its `urlpath`).
		binderNotebook: parts.notebook ? `?urlpath=${encodeURIComponent(`lab/tree/${parts.notebook}`)}` : '',
		// The folder a notebook runs in: its own, inside the clone (the workshop reads ../data).
		workdir: dir ? `${parts.repo.name}/${dir}` : parts.repo.name,
	};
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

/**
 * Setup templates' own substitution, not `fill`: a command's value is quoted for its shell and
 * must keep the template's spacing exactly, and an unknown placeholder is a data error.
 */
function substitute(template: string, value: (name: string) => string): string {
	return template.replace(PLACEHOLDER, (_, name: string) => value(name));
}

function lookup(values: Record<string, string>, name: string): string {
	const value = values[name];
	if (value === undefined) throw new Error(`unknown placeholder {${name}} in a setup template`);
	return value;
}

/** A command for `shell`, each value quoted for it; `{branchArgs}` is `-b <branch> ` or nothing. */
export function fillCommand(template: string, shell: ShellKind, parts: SetupParts): string {
	const values = placeholders(parts);
	return substitute(template, (name) =>
		name === 'branchArgs' ? (parts.branch ? `-b ${quoteFor(shell, parts.branch)} ` : '') : quoteFor(shell, lookup(values, name)),
	);
}

/** Prose with values filled in as plain text (rendered as text, never markup). */
export function fillText(template: string, parts: SetupParts): string {
	const values = placeholders(parts);
	return substitute(template, (name) => lookup(values, name));
}

/** A link's address; undefined unless the result is an https URL (values are URL-safe by their charsets). */
export function fillLink(template: string, parts: SetupParts): string | undefined {
	const href = fillText(template, parts);
	return /^https:\/\/[a-z0-9.-]+\//.test(href) ? href : undefined;
}

/** One step, ready to show: its text with the templates filled (`expected` already picked for the repository). */
export type BuiltStep = Omit<StepText, 'commands' | 'bodyDefault' | 'expectedDefault' | 'needs' | 'hosts' | 'link'> & {
	commands: { shell: ShellKind; text: string }[];
	link?: BuiltLink;
};

/** A link ready to show. */
export interface BuiltLink {
	href: string;
	label: string;
}

/**
 * Whether any text of `platform` (its steps, check and one-cell setup) fills the placeholder
 * `{name}`: a link value no text of the platform uses changes nothing there (the Drive folder
 * outside Colab).
 */
export function platformUses(platform: SetupPlatform<QuickData>, name: string): boolean {
	return JSON.stringify(platform).includes(`{${name}}`);
}

/** Fills a link; undefined when its address is not an https URL. */
export function buildLink(link: LinkText, parts: SetupParts): BuiltLink | undefined {
	const href = fillLink(link.template, parts);
	return href ? { href, label: fillText(link.label, parts) } : undefined;
}

/** Whether a step applies: `needs` a notebook, or a repo on one of `hosts`. */
function stepApplies(step: StepText, parts: SetupParts): boolean {
	if (step.needs === 'notebook' && !parts.notebook) return false;
	return !step.hosts || step.hosts.includes(parts.repo.host);
}

/** Builds one step's text, commands and link from `parts`. */
export function buildStep(step: StepText, parts: SetupParts): BuiltStep {
	const link = step.link ? buildLink(step.link, parts) : undefined;
	// What holds for the default repository only (its file list, its missing requirements.txt) is added only when that is the repository in use.
	// Joined by the site's seam rule: after 。 the next Chinese sentence follows with no space.
	const forRepo = (text?: string, forDefault?: string) => joinSpaced(text, parts.isDefaultRepo ? forDefault : undefined);
	const body = forRepo(step.body, step.bodyDefault);
	const expected = forRepo(step.expected, step.expectedDefault);
	return {
		id: step.id,
		title: fillText(step.title, parts),
		...(body ? { body: fillText(body, parts) } : {}),
		...(step.os ? { os: step.os } : {}),
		commands: step.commands.map((c) => ({ shell: c.shell, text: fillCommand(c.template, c.shell, parts) })),
		...(expected ? { expected: fillText(expected, parts) } : {}),
		...(step.optional ? { optional: true } : {}),
		...(link ? { link } : {}),
		source: step.source,
		asOf: step.asOf,
	};
}

/** The steps that apply to `parts`, built. */
export function buildSteps(steps: readonly StepText[], parts: SetupParts): BuiltStep[] {
	return steps.filter((s) => stepApplies(s, parts)).map((s) => buildStep(s, parts));
}
