/**
 * The Nu Html Checker (the W3C validator's engine, npm `vnu-jar`) over built HTML files, run
 * with the machine's own Java (11 or newer): the package's postinstall, which downloads a Java
 * runtime, is denied in package.json `allowScripts`, and nothing here downloads anything.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';

const require = createRequire(import.meta.url);
/** The checker's jar inside the npm package. */
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');

/** The Java command: `$JAVA_HOME/bin/java` when set, else `java` on the PATH. */
function javaCommand(env = process.env) {
	return env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * Checks `files` in one run (one JVM start) and returns every error as
 * `file:line:column message` (warnings and info are not returned). Throws with the checker's
 * output when Java cannot be started or the output is not its JSON report.
 */
export function vnuErrors(files, { cwd = process.cwd() } = {}) {
	if (files.length === 0) return [];
	const run = spawnSync(javaCommand(), ['-Xss4m', '-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error) throw new Error(`cannot run Java for the Nu Html Checker (install Java 11+ or set JAVA_HOME): ${run.error.message}`);
	let report;
	try {
		report = JSON.parse(run.stderr || run.stdout);
	} catch {
		throw new Error(`the Nu Html Checker gave no report (exit ${run.status}): ${(run.stderr || run.stdout).slice(0, 2000)}`);
	}
	return (report.messages ?? [])
		.filter((m) => m.type === 'error' || m.subType === 'fatal')
		.map((m) => {
			const file = m.url ? relative(cwd, decodeURIComponent(new URL(m.url).pathname)) : '?';
			return `${file}:${m.lastLine ?? m.firstLine ?? '?'}:${m.firstColumn ?? m.lastColumn ?? '?'} ${m.message}`;
		});
}
