/**
 * The quick-setup cell: one plain-Python notebook cell that clones the workshop repository
 * (or, run again, updates it the way nbgitpuller does), moves into the notebook's folder and
 * checks the environment. Platform specifics (where files live, Drive, what to do offline)
 * come from the platform data; every value is a validated part written by `pyString`, and
 * git only ever gets argument lists (no shell, no IPython `!`/`%` line, so no `$x`/`{x}`
 * expansion).
 */
import { fillText, placeholders, type SetupParts } from './commands';
import { pyString } from './shell-quote';

/** A link in one locale, its template (placeholders as in commands) not yet filled. */
export interface LinkText {
	template: string;
	label: string;
}

/** A platform's quick-setup data in one locale, as a page sends it (the shared program apart, once). */
export interface QuickData {
	/** The folder the clone goes in; placeholders like `{folder}` are filled with validated values. */
	root: string;
	/** Plain-Python lines that run first (Colab mounts Drive), without placeholders. */
	prelude?: string;
	/** What to do when the clone fails, on this platform (Kaggle: switch Internet on). */
	offline?: string;
	body?: string;
	/** Where to run the cell (a new Colab notebook). */
	link?: LinkText;
	source: string;
	asOf: string;
}

/** The quick-setup data with the shared Python it runs. */
export interface QuickText extends QuickData {
	/** `CELL_PROGRAM`, handed over as data so the pages' JavaScript does not carry it. */
	program: CellProgram;
}

/**
 * `platforms` with the cell program put back into each quick setup. A page sends the program to
 * its island once, not once per platform: four copies were about 4 KB gzip of each page's HTML.
 */
export function withCellProgram<P extends { quick?: QuickData }>(
	platforms: readonly P[],
	program: CellProgram,
): (P & { quick?: QuickText })[] {
	return platforms.map((p) => (p.quick ? { ...p, quick: { ...p.quick, program } } : (p as P & { quick?: undefined })));
}

/** The Python every quick-setup cell shares: the nbgitpuller-style sync and the environment check. */
export interface CellProgram {
	sync: string;
	check: string;
}

/** The words the cell prints, in the reader's language. */
export interface CellMessages {
	cellCloned: string;
	cellUpdated: string;
	cellPython: string;
	cellTf: string;
	cellTfMissing: string;
	cellGpu: string;
	cellYes: string;
	cellNo: string;
	cellFiles: string;
	cellNoFiles: string;
	cellFailed: string;
	cellOffline: string;
	cellKept: string;
	cellMergeFailed: string;
	cellNotOurs: string;
	cellNoGit: string;
	cellReady: string;
	cellCommit: string;
}

/** The three cells a setup notebook holds; `setup` alone does everything. */
export interface SetupCells {
	setup: string;
	update: string;
	check: string;
}

/** The cells for one platform and workshop; every value passes through `pyString`. */
export function buildSetupCells(quick: QuickText, parts: SetupParts, messages: CellMessages): SetupCells {
	const values = placeholders(parts);
	const msg = { ...messages, cellFailed: quick.offline ? `${messages.cellFailed} ${quick.offline}` : messages.cellFailed };
	const head = [
		'import os, shutil, subprocess, sys, time',
		...(quick.prelude ? [quick.prelude] : []),
		`REPO = ${pyString(values.repoUrl ?? '')}`,
		`BRANCH = ${pyString(parts.branch)}`,
		`ROOT = os.path.expanduser(${pyString(fillText(quick.root, parts))})`,
		`CLONE = os.path.join(ROOT, ${pyString(values.name ?? '')})`,
		`WORKDIR = os.path.join(ROOT, ${pyString(values.workdir ?? '')})`,
		// Every `cell…` message but the commit's, which is git's, not the reader's.
		`MSG = {\n${Object.entries(msg)
			.filter(([k]) => k.startsWith('cell') && k !== 'cellCommit')
			.map(([k, v]) => `    ${pyString(k)}: ${pyString(String(v))},`)
			.join('\n')}\n}`,
		'problems = []',
	].join('\n');
	const sync = `COMMIT = ${pyString(messages.cellCommit)}\n${quick.program.sync}`;
	return {
		setup: `${head}\n${sync}\n${quick.program.check}`,
		update: `${head}\n${sync}\nprint(problems[0] if problems else MSG['cellReady'])`,
		check: `${head}\n${quick.program.check}`,
	};
}
