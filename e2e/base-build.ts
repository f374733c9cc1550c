/**
 * The one build under a non-root base that the suite makes (the suite builds the site at most
 * twice: once at `/` for the web server, once here). Specs that need it (links, offline) call
 * `baseBuild()`; the first caller of a run builds, the others, in any worker, wait for it and
 * reuse it. A base build is current when it was made after the main build of this run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { outDir } from './gates/pages.mjs';

/** The base path of the second build. */
export const BASE = '/workshop-ready/';

/** A lock older than this belongs to a run that died mid-build. */
const STALE_LOCK_MS = 5 * 60_000;

/** Builds (or reuses) the site under `BASE` and returns its folder (`astro build`, which writes the search index too). */
export async function baseBuild(): Promise<string> {
	const dir = `${outDir()}-base`;
	const marker = `${dir}/.base-build-key`;
	const lock = `${dir}.lock`;
	// The main build (by the web server) of this run: a base build older than it is stale.
	const key = String(statSync(`${outDir()}/index.html`).mtimeMs);
	const current = () => existsSync(marker) && readFileSync(marker, 'utf8') === key;
	for (;;) {
		if (current()) return dir;
		try {
			mkdirSync(lock);
		} catch {
			if (Date.now() - statSync(lock, { throwIfNoEntry: false })!.mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
			await new Promise((r) => setTimeout(r, 500));
			continue;
		}
		try {
			if (current()) return dir;
			rmSync(dir, { recursive: true, force: true });
			const start = performance.now();
			execFileSync('npx', ['astro', 'build', '--silent'], { env: { ...process.env, BASE, OUT_DIR: dir }, stdio: 'pipe' });
			console.log(`built ${dir} under ${BASE} in ${((performance.now() - start) / 1000).toFixed(1)} s`);
			writeFileSync(marker, key);
			return dir;
		} finally {
			rmSync(lock, { recursive: true, force: true });
		}
	}
}
